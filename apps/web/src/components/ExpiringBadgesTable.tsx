import type { ExpiringCredential } from '../api/types';
import { apiPath } from './BadgesView';
import { formatDate } from './format';

/** Admins: credentials in force that expire soon, soonest first, with the holder and how to renew. */
export function ExpiringBadgesTable({ items, withinDays }: { items: ExpiringCredential[]; withinDays: number }) {
  if (items.length === 0) return <p className="empty">No badge expires in the next {withinDays} days.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Badges expiring soon">
      <table>
        <caption className="visually-hidden">Badges expiring in the next {withinDays} days</caption>
        <thead>
          <tr>
            <th scope="col">Expires</th>
            <th scope="col" className="number">
              Days left
            </th>
            <th scope="col">Holder</th>
            <th scope="col">Badge</th>
            <th scope="col">How to renew</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.credentialId}>
              <td>{formatDate(item.validUntil)}</td>
              <td className="number">{item.daysLeft}</td>
              <th scope="row">
                {item.holder.displayName} <span className="muted">{item.holder.email}</span>
              </th>
              <td>
                <a href={apiPath(item.credentialPage)}>{item.achievement.name}</a>
              </td>
              <td>{item.renewal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

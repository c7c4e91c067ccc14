import type { ReactNode } from 'react';
import type { Badge } from '../api/types';
import { formatDate, formatHours } from './format';

export interface BadgesViewProps {
  badges: Badge[];
  /** Origin the share links point at (the page a person opens): e.g. https://stacks.example.org */
  origin: string;
  onCopied?: (credentialId: string) => void;
  /** Extra actions per badge (the "Add to wallet" hand-off). */
  actions?: (badge: Badge) => ReactNode;
}

const STATUS_TEXT = { valid: 'Valid', expired: 'Expired', revoked: 'Revoked' } as const;

/** The API names its files by absolute URL (PUBLIC_BASE_URL); the app fetches them from its own origin. */
export function apiPath(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

export const verificationUrl = (origin: string, credentialId: string) => `${origin}/verify/${credentialId}`;

/** My badges: each with its image, status, share link and downloads (JSON, signed, baked images). */
export function BadgesView({ badges, origin, onCopied, actions }: BadgesViewProps) {
  if (badges.length === 0) {
    return <p className="empty">No badges yet. Finish a series and its badge appears here within a few seconds.</p>;
  }
  return (
    <ul className="badge-grid" aria-label="My badges">
      {badges.map((badge) => {
        const headingId = `badge-${badge.credentialId}`;
        const shareUrl = verificationUrl(origin, badge.credentialId);
        const name = badge.achievement.name;
        return (
          <li key={badge.credentialId}>
            <article className={`card badge-card badge-${badge.status}`} aria-labelledby={headingId}>
              <img src={apiPath(badge.links.bakedSvg)} alt={`Badge: ${name}`} width={160} height={160} />
              <div>
                <h2 id={headingId}>{name}</h2>
                <p className={`status-pill status-${badge.status}`}>{STATUS_TEXT[badge.status]}</p>
                <p>{badge.achievement.description}</p>
                <dl className="facts">
                  <dt>Issued</dt>
                  <dd>{formatDate(badge.issuedAt)}</dd>
                  {badge.achievement.issuer.name && (
                    <>
                      <dt>Issued by</dt>
                      <dd>{badge.achievement.issuer.name}</dd>
                    </>
                  )}
                  <dt>Valid until</dt>
                  <dd>{badge.validUntil ? formatDate(badge.validUntil) : 'Does not expire'}</dd>
                  {badge.creditsEarned != null && (
                    <>
                      <dt>Continuing-education hours</dt>
                      <dd>{formatHours(badge.creditsEarned)}</dd>
                    </>
                  )}
                  {badge.subjectDid && (
                    <>
                      <dt>Names my wallet</dt>
                      <dd>
                        <code>{badge.subjectDid}</code>
                      </dd>
                    </>
                  )}
                  {badge.status === 'revoked' && (
                    <>
                      <dt>Revoked</dt>
                      <dd>
                        {formatDate(badge.revokedAt)}
                        {badge.revocationReason ? `: ${badge.revocationReason}` : ''}
                      </dd>
                    </>
                  )}
                </dl>
                <div className="field">
                  <label htmlFor={`${headingId}-share`}>Share link (anyone can open it to verify the badge)</label>
                  <div className="inline-form">
                    <input id={`${headingId}-share`} type="url" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
                    <button
                      type="button"
                      onClick={() => {
                        void navigator.clipboard?.writeText(shareUrl).then(() => onCopied?.(badge.credentialId), () => undefined);
                      }}
                    >
                      Copy<span className="visually-hidden"> the share link for {name}</span>
                    </button>
                  </div>
                </div>
                <p>
                  <a href={shareUrl}>Open the verification page<span className="visually-hidden"> for {name}</span></a>
                </p>
                {badge.status !== 'revoked' && badge.addToLinkedIn && (
                  <p>
                    <a href={badge.addToLinkedIn} target="_blank" rel="noopener noreferrer">
                      Add to my LinkedIn profile<span className="visually-hidden"> ({name}, opens LinkedIn)</span>
                    </a>
                  </p>
                )}
                {actions?.(badge)}
                <h3 className="small-heading">Downloads</h3>
                <ul className="downloads">
                  <li>
                    <a href={apiPath(badge.links.json)} download={`${badge.achievement.slug}.json`}>
                      Credential JSON<span className="visually-hidden"> for {name}</span>
                    </a>
                  </li>
                  <li>
                    <a href={apiPath(badge.links.jws)} download={`${badge.achievement.slug}.jws`}>
                      Signed credential (JWS)<span className="visually-hidden"> for {name}</span>
                    </a>
                  </li>
                  <li>
                    <a href={apiPath(badge.links.bakedPng)} download={`${badge.achievement.slug}.png`}>
                      Baked PNG image<span className="visually-hidden"> for {name}</span>
                    </a>
                  </li>
                  <li>
                    <a href={apiPath(badge.links.bakedSvg)} download={`${badge.achievement.slug}.svg`}>
                      Baked SVG image<span className="visually-hidden"> for {name}</span>
                    </a>
                  </li>
                </ul>
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}

import type { MyPathway, PathwayNode } from '../api/types';
import { Link } from '../app/router';
import { formatDate } from './format';

const STATE_LABEL: Record<string, string> = {
  done: 'Done',
  next: 'Next',
  open: 'Still open',
  optional: 'Not needed',
  'out-of-order': 'Done out of order (does not count)',
};

const STATUS_LABEL: Record<MyPathway['status'], string> = {
  completed: 'Completed',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  closed: 'Closed (the deadline passed)',
};

const KIND_LABEL: Record<string, string> = { series: 'Series', session: 'Session', achievement: 'Badge' };

function groupRule(node: PathwayNode): string {
  const count = node.items.length;
  const rule = node.rule === 'ALL_OF' ? `All ${count}` : node.rule === 'ONE_OF' ? `Any one of ${count}` : `Any ${node.required} of ${count}`;
  return `${rule}${node.ordered ? ', in this order' : ''}`;
}

function itemLink(node: PathwayNode) {
  if (node.kind === 'session' && node.slug) return <Link to={`/sessions/${node.slug}`}>{node.title}</Link>;
  return <span>{node.title}</span>;
}

function byWhen(node: PathwayNode): string | null {
  if (node.state === 'done' || node.state === 'optional') return null;
  if (node.startsAt && Date.parse(node.startsAt) > Date.now()) return `live on ${formatDate(node.startsAt)}`;
  if (node.availableUntil) return `recording until ${formatDate(node.availableUntil)}`;
  return null;
}

/** One requirement group as a nested list: each item with its state, and by when when it has a date. */
function GroupView({ node, level }: { node: PathwayNode; level: number }) {
  return (
    <ul className={`pathway-group level-${level}`} aria-label={`${node.title ?? 'Requirements'}: ${groupRule(node)}`}>
      {node.items.map((child, index) =>
        child.kind === 'group' ? (
          <li key={index} data-state={child.state ?? undefined}>
            <strong>{child.title ?? 'Group'}</strong> <span className="muted">({groupRule(child)}{child.met !== null ? `; ${child.met} of ${child.required} met` : ''})</span>
            <GroupView node={child} level={level + 1} />
          </li>
        ) : (
          <li key={`${child.kind}:${child.slug}`} data-state={child.state ?? undefined}>
            <span className={`state state-${child.state ?? 'open'}`}>{STATE_LABEL[child.state ?? 'open']}</span>{' '}
            <span className="muted">{KIND_LABEL[child.kind]}:</span> {itemLink(child)}
            {child.doneAt && child.state === 'done' ? <span className="muted"> — {formatDate(child.doneAt)}</span> : null}
            {byWhen(child) ? <span className="muted"> — {byWhen(child)}</span> : null}
          </li>
        ),
      )}
    </ul>
  );
}

/** A learner's pathways as maps: status, what to do next, every requirement with its state, the certificate. */
export function PathwayMap({ pathways }: { pathways: MyPathway[] }) {
  if (pathways.length === 0) return <p className="empty">No pathways yet.</p>;
  return (
    <>
      {pathways.map((pathway) => {
        const headingId = `pathway-${pathway.slug}`;
        return (
          <section key={pathway.slug} aria-labelledby={headingId} className="card pathway">
            <h2 id={headingId}>{pathway.title}</h2>
            <p>
              <strong>{STATUS_LABEL[pathway.status]}</strong>
              {pathway.deadline ? <> · complete by {formatDate(pathway.deadline)}</> : null}
              {pathway.completedAt ? <> · completed {formatDate(pathway.completedAt)}</> : null}
            </p>
            <p>{pathway.description}</p>
            <p>
              Earns: <strong>{pathway.certificate.name}</strong> <span className="muted">({pathway.certificate.achievementType === 'MicroCredential' ? 'micro-credential' : 'certificate'})</span>
            </p>
            {pathway.credential ? (
              <p data-testid="pathway-credential">
                {pathway.credential.status === 'valid' ? 'Your certificate was issued' : `Your certificate is ${pathway.credential.status}`} on {formatDate(pathway.credential.issuedAt)}.{' '}
                {pathway.credential.revocationReason ? <span className="muted">{pathway.credential.revocationReason} </span> : null}
                <Link to={`/verify/${pathway.credential.credentialId}`}>View and verify it</Link>
              </p>
            ) : null}
            {pathway.next.length > 0 && (
              <div role="region" aria-label={`Next for ${pathway.title}`}>
                <h3>Next</h3>
                <ul>
                  {pathway.next.map((item) => (
                    <li key={`${item.kind}:${item.slug}`}>
                      {KIND_LABEL[item.kind]}: {item.kind === 'session' ? <Link to={`/sessions/${item.slug}`}>{item.title}</Link> : item.title}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <h3>Map</h3>
            <GroupView node={pathway.requirements} level={0} />
          </section>
        );
      })}
    </>
  );
}

import type { SeriesProgress } from '../api/types';
import { Link } from '../app/router';
import { formatDate } from './format';

export interface ProgressViewProps {
  progress: SeriesProgress[];
  /** Per series slug: the last day its remaining sessions can still be completed (a recording closing), if any. */
  deadlines?: Record<string, string | null>;
}

/** My progress: one card per series with a progress bar, what is done, what is left and the unlock. */
export function ProgressView({ progress, deadlines = {} }: ProgressViewProps) {
  if (progress.length === 0) {
    return (
      <p className="empty">
        You have not started a series yet. <Link to="/">Browse the catalogue</Link> and enrol in a session that belongs to one.
      </p>
    );
  }
  return (
    <ul className="card-list" aria-label="Series progress">
      {progress.map((series) => (
        <li key={series.series}>
          <SeriesProgressCard series={series} deadline={deadlines[series.series] ?? null} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The API floors its percentage (2 of 3 is 66); people expect 67. Rounded from the sessions that
 * count, and never 100 before the series is actually complete.
 */
export function shownPercentage(series: SeriesProgress): number {
  if (series.satisfied) return 100;
  if (series.requiredSessions === 0) return 0;
  return Math.min(99, Math.round(((series.requiredSessions - series.neededCount) * 100) / series.requiredSessions));
}

function SeriesProgressCard({ series, deadline }: { series: SeriesProgress; deadline: string | null }) {
  const headingId = `progress-${series.series}`;
  const credited = series.requiredSessions - series.neededCount;
  const percent = shownPercentage(series);
  const summary = `${credited} of ${series.requiredSessions} required sessions done (${percent}%)`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{series.title}</h2>
      <div className="progress-row">
        <progress id={`${headingId}-bar`} max={100} value={percent} aria-labelledby={headingId} aria-describedby={`${headingId}-summary`} />
        <p id={`${headingId}-summary`} className="progress-summary" data-testid="progress-summary">
          {summary}
        </p>
      </div>
      <p className={series.satisfied ? 'status-pill status-valid' : 'status-pill status-pending'}>{series.satisfied ? 'Complete' : 'In progress'}</p>
      <p>{series.requirement}</p>

      <div className="two-columns">
        <section aria-labelledby={`${headingId}-done`}>
          <h3 id={`${headingId}-done`}>Done</h3>
          {series.done.length === 0 ? (
            <p>Nothing yet.</p>
          ) : (
            <ul className="check-list">
              {series.done.map((session) => (
                <li key={session.slug} className="done">
                  <span aria-hidden="true">✓ </span>
                  <Link to={`/sessions/${session.slug}`}>{session.title}</Link>
                  {session.completedAt && <span className="muted"> — completed {formatDate(session.completedAt)}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`${headingId}-left`}>
          <h3 id={`${headingId}-left`}>Left to do</h3>
          {series.remaining.length === 0 ? (
            <p>Nothing left: every session is done.</p>
          ) : (
            <ul className="check-list">
              {series.remaining.map((session) => (
                <li key={session.slug}>
                  <span aria-hidden="true">○ </span>
                  <Link to={`/sessions/${session.slug}`}>{session.title}</Link>
                  {session.slug === series.next?.slug && <strong className="next-tag"> (next)</strong>}
                  {!session.availableNow && <span className="muted"> — not available to watch yet</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {series.unlock.title && (
        <section className="unlock" aria-labelledby={`${headingId}-unlock`}>
          <h3 id={`${headingId}-unlock`}>{series.satisfied ? 'You unlocked' : 'Completing it unlocks'}</h3>
          <p className="unlock-title">{series.unlock.title}</p>
          {series.unlock.description && <p>{series.unlock.description}</p>}
          <p className="muted" data-testid="unlock-when">
            {series.satisfied && series.unlock.unlockedAt
              ? `Unlocked on ${formatDate(series.unlock.unlockedAt)}.`
              : deadline
                ? `Finish the remaining ${series.neededCount === 1 ? 'session' : `${series.neededCount} sessions`} by ${formatDate(deadline)}, when a recording stops being available.`
                : `No deadline: ${series.neededCount === 1 ? 'one more session' : `${series.neededCount} more sessions`} and it is yours.`}
          </p>
        </section>
      )}
    </article>
  );
}

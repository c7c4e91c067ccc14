import type { Transcript } from '../api/types';
import { usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { formatDate, formatHours } from '../components/format';
import { TranscriptDownloads } from '../components/TranscriptDownloads';
import { ErrorMessage, Loading, PageHeading } from '../components/ui';

const SOURCE_LABEL: Record<Transcript['items'][number]['source'], string> = {
  LIVE_ATTENDANCE: 'Attended live',
  RECORDING_VIEWED: 'Watched the recording',
  ADMIN_MARK: 'Marked by an administrator',
  ATTENDANCE_IMPORT: 'Attendance report',
  ZOOM_WEBHOOK: 'Attended live (Zoom)',
};

export function TranscriptPage() {
  usePageTitle('Transcript');
  const transcript = useApi<Transcript>('/me/transcript');
  const data = transcript.data;
  return (
    <>
      <PageHeading>Transcript</PageHeading>
      <ErrorMessage error={transcript.error} title="Could not load your transcript" />
      {!data && !transcript.error && <Loading what="your transcript" />}
      {data && (
        <>
          <p className="lede">
            <strong>{formatHours(data.totalHours)}</strong> of learning across <strong>{data.sessionsCompleted}</strong> completed {data.sessionsCompleted === 1 ? 'session' : 'sessions'}.
          </p>
          <TranscriptDownloads />
          {data.items.length === 0 ? (
            <p className="empty">Completed sessions will be listed here with their hours.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Completed sessions">
              <table>
                <caption className="visually-hidden">Completed sessions with hours</caption>
                <thead>
                  <tr>
                    <th scope="col">Session</th>
                    <th scope="col">Program</th>
                    <th scope="col">Completed</th>
                    <th scope="col">How</th>
                    <th scope="col" className="number">
                      Hours
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.session}>
                      <th scope="row">{item.title}</th>
                      <td>
                        {item.programTitle}
                        {item.seriesTitle ? <span className="muted"> — {item.seriesTitle}</span> : null}
                      </td>
                      <td>{formatDate(item.completedAt)}</td>
                      <td>{SOURCE_LABEL[item.source]}</td>
                      <td className="number">{item.hours}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      Total
                    </th>
                    <td className="number">{data.totalHours}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          {data.badges && data.badges.length > 0 && (
            <section aria-labelledby="transcript-badges-heading">
              <h2 id="transcript-badges-heading">Badges</h2>
              <ul>
                {data.badges.map((badge) => (
                  <li key={badge.credentialId}>
                    {badge.name}
                    {badge.creditsEarned !== null ? ` — ${formatHours(badge.creditsEarned)}` : ''} <span className="muted">({formatDate(badge.issuedAt)})</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {data.unlocks.length > 0 && (
            <section aria-labelledby="unlocks-heading">
              <h2 id="unlocks-heading">Unlocked</h2>
              <ul>
                {data.unlocks.map((unlock) => (
                  <li key={`${unlock.title}-${unlock.unlockedAt}`}>
                    {unlock.title} <span className="muted">— {formatDate(unlock.unlockedAt)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

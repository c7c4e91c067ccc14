import { api } from '../api/client';
import { useState } from 'react';
import type { CompletionResult, Enrolment, RecordingHeartbeatResult, SessionDetail } from '../api/types';
import { useAuth } from '../app/auth';
import { useSubmit } from '../app/use-submit';
import { Link, usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { formatDateTime, LIBRARY_TYPE_LABEL, SESSION_TYPE_LABEL } from '../components/format';
import { RecordingPlayer } from '../components/RecordingPlayer';
import { ResourceList } from '../components/ResourceList';
import { ErrorMessage, Loading, Notice, PageHeading } from '../components/ui';

/** A public feed as a webcal: link, which opens the subscribe dialog of most calendar apps. */
function calendarSubscription(path: string): string {
  return `${window.location.origin.replace(/^https?:/, 'webcal:')}/api/v1${path}`;
}

export function SessionPage({ slug }: { slug: string }) {
  const { account } = useAuth();
  const session = useApi<SessionDetail>(`/sessions/${encodeURIComponent(slug)}`);
  const enrolments = useApi<Enrolment[]>(account ? '/me/enrolments' : null);
  const { busy, error: actionError, message, run } = useSubmit();
  const [watched, setWatched] = useState<RecordingHeartbeatResult | null>(null);
  usePageTitle(session.data?.title ?? 'Session');

  if (session.error) {
    return (
      <>
        <PageHeading>Session not found</PageHeading>
        <ErrorMessage error={session.error} title="Could not load the session" />
        <p>
          <Link to="/">Back to the catalogue</Link>
        </p>
      </>
    );
  }
  if (!session.data) return <Loading what="the session" />;
  const detail = session.data;
  const enrolment = enrolments.data?.find((item) => item.session.slug === detail.slug && item.status !== 'CANCELLED');
  const ended = detail.endsAt ? new Date(detail.endsAt) < new Date() : detail.startsAt ? new Date(detail.startsAt).getTime() + 3 * 3600_000 < Date.now() : false;
  const cancelled = detail.status === 'CANCELLED';

  const act = (action: () => Promise<string>) =>
    run(async () => {
      const outcome = await action();
      await Promise.all([enrolments.reload(), session.reload()]);
      return outcome;
    });

  const enrol = () =>
    act(async () => {
      const result = await api.request<Enrolment>(`/sessions/${detail.slug}/enrolment`, { method: 'PUT' });
      return result.status === 'WAITLISTED' ? `The session is full: you are number ${result.waitlistPosition} on the waitlist.` : 'You are enrolled.';
    });
  const cancel = () =>
    act(async () => {
      await api.request(`/sessions/${detail.slug}/enrolment`, { method: 'DELETE' });
      return 'Your enrolment is cancelled.';
    });
  const reportWatched = () =>
    act(async () => {
      const result = await api.request<CompletionResult>('/me/completion-events', {
        method: 'POST',
        headers: { 'idempotency-key': `web-recording-${detail.id}-${account?.id ?? ''}`.slice(0, 128) },
        body: { session: detail.slug, source: 'RECORDING_VIEWED', viewedPercent: 100 },
      });
      const unlocked = result.unlocked.map((unlock) => unlock.unlockTitle).filter(Boolean);
      if (result.duplicate) return 'You had already reported this recording; it counts once.';
      return [
        result.sessionCompleted ? 'Recorded: this session is complete.' : 'Recorded.',
        unlocked.length > 0 ? `You unlocked: ${unlocked.join('; ')}. Your badge will appear under My badges in a moment.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    });

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Catalogue</Link> › {detail.program.title}
      </p>
      <PageHeading>{detail.title}</PageHeading>
      {cancelled && <p className="error-box">This session has been cancelled.</p>}
      <dl className="facts">
        <dt>Type</dt>
        <dd>{SESSION_TYPE_LABEL[detail.type]}</dd>
        <dt>When</dt>
        <dd>{detail.startsAt ? formatDateTime(detail.startsAt, detail.timeZone) : 'On demand (recording)'}</dd>
        {detail.series && (
          <>
            <dt>Series</dt>
            <dd>
              {detail.series.title}
              {detail.position ? ` — part ${detail.position}` : ''}
            </dd>
          </>
        )}
        <dt>Price</dt>
        <dd>{detail.free ? 'Free' : `$${(detail.priceCents / 100).toFixed(2)}`}</dd>
        {detail.location && (
          <>
            <dt>Where</dt>
            <dd>{detail.location}</dd>
          </>
        )}
        {detail.capacity !== null && (
          <>
            <dt>Seats left</dt>
            <dd>
              {detail.seatsLeft ?? 0} of {detail.capacity}
              {detail.waitlisted > 0 ? ` (${detail.waitlisted} on the waitlist)` : ''}
            </dd>
          </>
        )}
        {detail.libraryTypes.length > 0 && (
          <>
            <dt>For</dt>
            <dd>{detail.libraryTypes.map((type) => LIBRARY_TYPE_LABEL[type]).join(', ')} libraries</dd>
          </>
        )}
      </dl>
      <p className="description">{detail.description}</p>

      <section aria-labelledby="take-part" className="card">
        <h2 id="take-part">Take part</h2>
        {detail.joinUrl && !ended && !cancelled && (
          <p>
            <a className="button" href={detail.joinUrl} rel="noopener noreferrer" target="_blank">
              Join the live session<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        )}
        {detail.recording.availableNow && detail.recording.url && (
          <>
            <RecordingPlayer sessionSlug={detail.slug} title={detail.title} url={detail.recording.url} report={Boolean(account)} onProgress={setWatched} />
            {detail.recording.minutes ? <p className="muted">{detail.recording.minutes} minutes</p> : null}
            {watched && (
              <p role="status">
                {watched.sessionCompleted
                  ? 'Recording watched: this session is complete.'
                  : `Watched ${Math.floor(watched.watchedSeconds / 60)} of ${detail.recording.minutes ?? '?'} minutes (${watched.watchedPercent} %).`}
              </p>
            )}
          </>
        )}
        {!detail.recording.availableNow && !detail.joinUrl && <p>The join link or recording will appear here when it is available.</p>}
        {detail.startsAt && (
          <p>
            <a className="button secondary" href={`/api/v1/sessions/${encodeURIComponent(detail.slug)}/calendar.ics`} download={`${detail.slug}.ics`}>
              Add to calendar<span className="visually-hidden"> (downloads an .ics file)</span>
            </a>
          </p>
        )}
        <p className="muted">
          Subscribe in your calendar app:{' '}
          {detail.series && (
            <>
              <a href={calendarSubscription(`/series/${encodeURIComponent(detail.series.slug)}/calendar.ics`)}>this series</a>
              {' · '}
            </>
          )}
          <a href={calendarSubscription(`/programs/${encodeURIComponent(detail.program.slug)}/calendar.ics`)}>the whole program</a>
          {account && (
            <>
              {' · '}
              <Link to="/me/settings">all my sessions (private feed)</Link>
            </>
          )}
        </p>

        {account === null && (
          <p>
            <Link to={`/sign-in?next=/sessions/${detail.slug}`}>Sign in</Link> or <Link to={`/register?next=/sessions/${detail.slug}`}>create an account</Link> to enrol and track your progress.
          </p>
        )}
        {account && (
          <div className="actions">
            {enrolment ? (
              <>
                <p>
                  <strong>{enrolment.status === 'WAITLISTED' ? `You are number ${enrolment.waitlistPosition} on the waitlist.` : 'You are enrolled.'}</strong>
                </p>
                <button type="button" className="secondary" onClick={cancel} disabled={busy}>
                  {enrolment.status === 'WAITLISTED' ? 'Leave the waitlist' : 'Cancel my enrolment'}
                </button>
              </>
            ) : (
              !cancelled && (
                <button type="button" onClick={enrol} disabled={busy}>
                  Enrol
                </button>
              )
            )}
            {detail.recording.availableNow && detail.completion.recordingCompletion === 'SELF_REPORT_ALLOWED' && (
              <button type="button" onClick={reportWatched} disabled={busy}>
                I watched the recording
              </button>
            )}
          </div>
        )}
        <Notice tone="success">{message}</Notice>
        <ErrorMessage error={actionError} title="That did not work" />
      </section>
      <ResourceList session={detail.slug} heading="Materials for this session" />
      <ResourceList program={detail.program.slug} heading={`Materials for ${detail.program.title}`} />
    </>
  );
}

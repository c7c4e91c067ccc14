import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { ProgramDetail, SessionSummary, SessionType } from '../../api/types';
import { Link, usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { formatDateTime, SESSION_TYPE_LABEL } from '../../components/format';
import { EnumOptions, ErrorMessage, fieldError, Loading, Notice, PageHeading, SelectField, TextAreaField, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';
import { ProgramPicker } from './ProgramPicker';
import { useSubmit } from '../../app/use-submit';
import { SessionCompletionForm } from './SessionCompletionForm';

/** datetime-local values are in the admin's own time zone; the API takes an instant. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : undefined);

export function AdminSessionsPage() {
  usePageTitle('Sessions');
  const [programSlug, setProgramSlug] = useState('');
  const program = useApi<ProgramDetail>(programSlug ? `/programs/${programSlug}` : null);
  return (
    <>
      <AdminCrumb />
      <PageHeading>Sessions</PageHeading>
      <ProgramPicker value={programSlug} onChange={setProgramSlug} />
      {programSlug && program.loading && !program.data && <Loading what="the program" />}
      <ErrorMessage error={program.error} title="Could not load the program" />
      {program.data && program.data.slug === programSlug && (
        <>
          <SessionTable sessions={program.data.sessions} onChanged={() => void program.reload()} />
          <NewSessionForm program={program.data} onCreated={() => void program.reload()} />
        </>
      )}
    </>
  );
}

function SessionTable({ sessions, onChanged }: { sessions: SessionSummary[]; onChanged: () => void }) {
  if (sessions.length === 0) return <p className="empty">This program has no sessions yet.</p>;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions of the program</h2>
      <ul className="card-list">
        {sessions.map((session) => (
          <li key={session.id}>
            <SessionRow session={session} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SessionRow({ session, onChanged }: { session: SessionSummary; onChanged: () => void }) {
  const [startsAt, setStartsAt] = useState('');
  const [showRules, setShowRules] = useState(false);
  const submit = useSubmit();
  const reschedule = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(async () => {
      const updated = await api.request<SessionSummary>(`/admin/sessions/${session.slug}`, { method: 'PATCH', body: { startsAt: toInstant(startsAt) } });
      return `Rescheduled to ${formatDateTime(updated.startsAt, updated.timeZone)}. Reminders follow the new time.`;
    })) onChanged();
  };
  const cancel = async () => {
    if (!window.confirm(`Cancel “${session.title}”? Enrolled learners stop getting reminders.`)) return;
    if (await submit.run(async () => {
      await api.request(`/admin/sessions/${session.slug}/cancel`, { method: 'POST' });
      return 'Session cancelled.';
    })) onChanged();
  };
  return (
    <article className="card" aria-labelledby={`session-${session.id}`}>
      <h3 id={`session-${session.id}`}>
        <Link to={`/sessions/${session.slug}`}>{session.title}</Link>
      </h3>
      <p className="muted">
        {SESSION_TYPE_LABEL[session.type]} · {formatDateTime(session.startsAt, session.timeZone)} · {session.status === 'CANCELLED' ? 'Cancelled' : 'Scheduled'}
      </p>
      {session.status !== 'CANCELLED' && (
        <div className="inline-form">
          <form onSubmit={reschedule} className="inline-form">
            <TextField label="New start (your local time)" type="datetime-local" required value={startsAt} onChange={(event) => setStartsAt(event.target.value)} error={fieldError(submit.error, 'startsAt')} />
            <button type="submit" disabled={submit.busy || !startsAt}>
              Reschedule<span className="visually-hidden"> {session.title}</span>
            </button>
          </form>
          <button type="button" className="danger" onClick={cancel} disabled={submit.busy}>
            Cancel session<span className="visually-hidden"> {session.title}</span>
          </button>
        </div>
      )}
      <ErrorMessage error={submit.error} title="Not saved" />
      <Notice tone="success">{submit.message}</Notice>
      <details onToggle={(event) => setShowRules(event.currentTarget.open)}>
        <summary>
          Completion rules and Zoom<span className="visually-hidden"> of {session.title}</span>
        </summary>
        {showRules && <SessionCompletionForm session={session} onSaved={onChanged} />}
      </details>
    </article>
  );
}

/** A new session of the program; with `cohort`, one only that cohort's selected teams may enrol in. */
export function NewSessionForm({ program, cohort, onCreated }: { program: ProgramDetail; cohort?: { slug: string; title: string }; onCreated: () => void }) {
  const empty = { series: '', position: '', slug: '', title: '', description: '', type: 'WEBINAR' as SessionType, startsAt: '', endsAt: '', timeZone: 'America/Chicago', joinUrl: '', recordingUrl: '', capacity: '', priceCents: '' };
  const [form, setForm] = useState(empty);
  const submit = useSubmit();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit.run(async () => {
      const optional = (value: string) => value || undefined;
      const number = (value: string) => (value === '' ? undefined : Number(value));
      const created = await api.request<SessionSummary>('/admin/sessions', {
        method: 'POST',
        body: {
          program: program.slug,
          cohort: cohort?.slug,
          series: optional(form.series),
          position: number(form.position),
          slug: form.slug,
          title: form.title,
          description: form.description,
          type: form.type,
          startsAt: toInstant(form.startsAt),
          endsAt: toInstant(form.endsAt),
          timeZone: form.timeZone,
          joinUrl: optional(form.joinUrl),
          recordingUrl: optional(form.recordingUrl),
          capacity: number(form.capacity),
          priceCents: number(form.priceCents),
        },
      });
      return cohort ? `Session “${created.title}” created for ${cohort.title}.` : `Session “${created.title}” created.`;
    });
    if (ok) {
      setForm(empty);
      onCreated();
    }
  };
  const error = submit.error;
  return (
    <section className="card" aria-labelledby="new-session">
      <h2 id="new-session">{cohort ? `New session for ${cohort.title} (selected teams only)` : `New session in ${program.title}`}</h2>
      <form onSubmit={onSubmit}>
        <ErrorMessage error={error} title="Session not created" />
        <TextField label="Title" required value={form.title} onChange={set('title')} error={fieldError(error, 'title')} />
        <TextField label="Slug" required value={form.slug} onChange={set('slug')} error={fieldError(error, 'slug')} hint="Lowercase words joined by hyphens" />
        <TextAreaField label="Description" required value={form.description} onChange={set('description')} error={fieldError(error, 'description')} />
        <SelectField label="Type" value={form.type} onChange={set('type')} error={fieldError(error, 'type')}>
          <EnumOptions labels={SESSION_TYPE_LABEL} />
        </SelectField>
        <div className="inline-fields">
          <SelectField label="Series" value={form.series} onChange={set('series')} error={fieldError(error, 'series')}>
            <option value="">Not part of a series</option>
            {program.series.map((series) => (
              <option key={series.slug} value={series.slug}>
                {series.title}
              </option>
            ))}
          </SelectField>
          <TextField label="Position in the series" type="number" min={1} max={100} value={form.position} onChange={set('position')} error={fieldError(error, 'position')} />
        </div>
        <div className="inline-fields">
          <TextField label="Starts (your local time)" type="datetime-local" value={form.startsAt} onChange={set('startsAt')} error={fieldError(error, 'startsAt')} />
          <TextField label="Ends (your local time)" type="datetime-local" value={form.endsAt} onChange={set('endsAt')} error={fieldError(error, 'endsAt')} />
        </div>
        <TextField label="Session time zone" value={form.timeZone} onChange={set('timeZone')} error={fieldError(error, 'timeZone')} hint="An IANA name such as America/Chicago; reminders show times in it" />
        <TextField label="Join link" type="url" value={form.joinUrl} onChange={set('joinUrl')} error={fieldError(error, 'joinUrl')} hint="https:// address of the live meeting" />
        <TextField label="Recording link" type="url" value={form.recordingUrl} onChange={set('recordingUrl')} error={fieldError(error, 'recordingUrl')} />
        <div className="inline-fields">
          <TextField label="Capacity" type="number" min={1} value={form.capacity} onChange={set('capacity')} error={fieldError(error, 'capacity')} hint="Empty: unlimited" />
          <TextField label="Price in cents" type="number" min={0} value={form.priceCents} onChange={set('priceCents')} error={fieldError(error, 'priceCents')} hint="Empty or 0: free" />
        </div>
        <button type="submit" disabled={submit.busy}>
          Create session
        </button>
        <Notice tone="success">{submit.message}</Notice>
      </form>
    </section>
  );
}

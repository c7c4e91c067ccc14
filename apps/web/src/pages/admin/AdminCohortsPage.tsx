import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { AdminCohortProgress, Cohort, CohortApplication, ProgramDetail } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { useSubmit } from '../../app/use-submit';
import { ErrorMessage, fieldError, Loading, Notice, PageHeading, SelectField, TextAreaField, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';
import { NewSessionForm } from './AdminSessionsPage';

const STATUS_LABEL: Record<CohortApplication['status'], string> = { SUBMITTED: 'Waiting for a decision', SELECTED: 'Selected', DECLINED: 'Declined' };
type Decision = 'select' | 'decline';

/** Staff run a cohort: read the applications, select teams up to the capacity, give them sessions and follow their progress. */
export function AdminCohortsPage() {
  usePageTitle('Cohorts');
  const cohorts = useApi<Cohort[]>('/cohorts');
  const [chosen, setChosen] = useState('');
  const slug = chosen || cohorts.data?.[0]?.slug || '';
  return (
    <>
      <AdminCrumb />
      <PageHeading>Cohorts</PageHeading>
      <p className="lede">Library teams apply to a cohort; select as many as it takes. Selected teams alone may enrol in the cohort’s sessions.</p>
      {cohorts.loading && !cohorts.data && <Loading what="the cohorts" />}
      <ErrorMessage error={cohorts.error} title="Could not load the cohorts" />
      {cohorts.data?.length === 0 && <p className="empty">No cohorts yet.</p>}
      {cohorts.data && cohorts.data.length > 0 && (
        <SelectField label="Cohort" value={slug} onChange={(event) => setChosen(event.target.value)}>
          {cohorts.data.map((cohort) => (
            <option key={cohort.slug} value={cohort.slug}>
              {cohort.title} ({cohort.slug})
            </option>
          ))}
        </SelectField>
      )}
      {slug && <CohortAdmin key={slug} slug={slug} onSeatsChanged={() => void cohorts.reload()} />}
    </>
  );
}

function CohortAdmin({ slug, onSeatsChanged }: { slug: string; onSeatsChanged: () => void }) {
  const cohort = useApi<Cohort>(`/cohorts/${slug}`);
  const applications = useApi<CohortApplication[]>(`/admin/cohorts/${slug}/applications`);
  const progress = useApi<AdminCohortProgress>(`/admin/cohorts/${slug}/progress`);
  const program = useApi<ProgramDetail>(cohort.data ? `/programs/${cohort.data.program}` : null);
  const decided = () => {
    void cohort.reload();
    void applications.reload();
    void progress.reload();
    onSeatsChanged();
  };
  return (
    <>
      {cohort.data && (
        <p className="muted" aria-live="polite">
          {cohort.data.selectedCount} of {cohort.data.capacity} seats taken · applications {cohort.data.open ? 'open' : 'closed'}
        </p>
      )}
      <ErrorMessage error={cohort.error} title="Could not load the cohort" />
      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">Applications</h2>
        {applications.loading && !applications.data && <Loading what="the applications" />}
        <ErrorMessage error={applications.error} title="Could not load the applications" />
        {applications.data?.length === 0 && <p className="empty">No applications yet.</p>}
        <ul className="card-list">
          {applications.data?.map((application) => (
            <li key={application.id}>
              <ApplicationCard application={application} questions={cohort.data?.questions ?? []} onDecided={decided} />
            </li>
          ))}
        </ul>
      </section>
      {cohort.data && <CohortBadgeForm key={cohort.data.badge?.slug ?? 'none'} cohort={cohort.data} onSaved={() => void cohort.reload()} />}
      {program.data && cohort.data && <NewSessionForm program={program.data} cohort={cohort.data} onCreated={() => void progress.reload()} />}
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Team progress</h2>
        {progress.loading && !progress.data && <Loading what="the team progress" />}
        <ErrorMessage error={progress.error} title="Could not load the team progress" />
        {progress.data && <TeamProgress progress={progress.data} />}
      </section>
    </>
  );
}

function ApplicationCard({ application, questions, onDecided }: { application: CohortApplication; questions: string[]; onDecided: () => void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const decide = (decision: Decision) =>
    void submit
      .run(async () => {
        const updated = await api.request<CohortApplication>(`/admin/cohort-applications/${application.id}/decision`, {
          method: 'POST',
          body: reason.trim() ? { decision, reason: reason.trim() } : { decision },
        });
        return `${updated.libraryName}: ${STATUS_LABEL[updated.status]}. The applicant will be told.`;
      })
      .then((ok) => ok && onDecided());
  return (
    <article aria-label={`${application.libraryName}, ${application.city}`}>
      <h3>
        {application.libraryName}, {application.city}, {application.state}
      </h3>
      <p>
        <strong>{STATUS_LABEL[application.status]}</strong>
        {application.decisionReason ? ` · ${application.decisionReason}` : ''}
      </p>
      <h4>Team</h4>
      <ul>
        {application.members.map((member) => (
          <li key={member.email}>
            {member.name}
            {member.role ? ` (${member.role})` : ''} · {member.email}
          </li>
        ))}
      </ul>
      <h4>Answers</h4>
      <dl className="facts">
        {application.answers.map((answer, index) => (
          <div key={index}>
            <dt>{questions[index] ?? `Question ${index + 1}`}</dt>
            <dd>{answer || '—'}</dd>
          </div>
        ))}
      </dl>
      <TextAreaField label="Note to the team" hint="Optional; told to the applicant with the decision" value={reason} maxLength={2000} onChange={(event) => setReason(event.target.value)} error={fieldError(submit.error, 'reason')} />
      <div className="actions">
        <button type="button" onClick={() => decide('select')} disabled={submit.busy || application.status === 'SELECTED'}>
          Select
        </button>
        <button type="button" onClick={() => decide('decline')} disabled={submit.busy || application.status === 'DECLINED'}>
          Decline
        </button>
      </div>
      <Notice tone="success">{submit.message}</Notice>
      <ErrorMessage error={submit.error} title="That decision did not go through" />
    </article>
  );
}

/** The cohort's own badge: the worker issues it to selected teams' members who complete every cohort session. */
function CohortBadgeForm({ cohort, onSaved }: { cohort: Cohort; onSaved: () => void }) {
  const [form, setForm] = useState({
    slug: cohort.badge?.slug ?? `${cohort.slug}-team`,
    name: cohort.badge?.name ?? `${cohort.title} team member`,
    description: cohort.badge?.description ?? '',
    criteriaNarrative: cohort.badge?.criteriaNarrative ?? 'Completed every session of the cohort as a member of a selected library team.',
    issuer: cohort.badge?.issuer ?? 'ala',
  });
  const submit = useSubmit();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit
      .run(async () => {
        const saved = await api.request<Cohort>(`/admin/cohorts/${cohort.slug}/badge`, { method: 'PUT', body: form });
        return `Badge “${saved.badge?.name ?? form.name}” saved. Members of selected teams who complete every session get it; those who already have are being issued it.`;
      })
      .then((ok) => ok && onSaved());
  };
  return (
    <section className="card" aria-labelledby="cohort-badge-heading">
      <h2 id="cohort-badge-heading">Cohort badge</h2>
      <p className="muted">{cohort.badge ? `Linked: ${cohort.badge.name} (${cohort.badge.slug}).` : 'No badge linked yet.'}</p>
      <form onSubmit={save}>
        <TextField label="Badge slug" hint={cohort.badge ? 'Fixed once linked' : 'Lowercase words joined by hyphens'} required readOnly={Boolean(cohort.badge)} value={form.slug} onChange={set('slug')} error={fieldError(submit.error, 'slug')} />
        <TextField label="Badge name" required maxLength={200} value={form.name} onChange={set('name')} error={fieldError(submit.error, 'name')} />
        <TextAreaField label="Badge description" required maxLength={2000} value={form.description} onChange={set('description')} error={fieldError(submit.error, 'description')} />
        <TextAreaField label="Criteria" required maxLength={2000} value={form.criteriaNarrative} onChange={set('criteriaNarrative')} error={fieldError(submit.error, 'criteriaNarrative')} />
        <TextField label="Issuer" hint="Slug of the issuer that signs it, e.g. ala" required value={form.issuer} onChange={set('issuer')} error={fieldError(submit.error, 'issuer')} />
        <button type="submit" disabled={submit.busy}>
          {cohort.badge ? 'Save the badge' : 'Link a badge'}
        </button>
        <Notice tone="success">{submit.message}</Notice>
        <ErrorMessage error={submit.error} title="The badge was not saved" />
      </form>
    </section>
  );
}

function TeamProgress({ progress }: { progress: AdminCohortProgress }) {
  if (progress.teams.length === 0) return <p className="empty">No team has been selected yet.</p>;
  if (progress.sessions.length === 0) return <p className="empty">The cohort has no sessions yet: add one above.</p>;
  return (
    <>
      {progress.teams.map((team) => (
        <div key={team.application} className="table-scroll" tabIndex={0} role="region" aria-label={`Progress of ${team.libraryName}`}>
          <table>
            <caption>
              {team.libraryName}, {team.city}, {team.state}
            </caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                {progress.sessions.map((session) => (
                  <th scope="col" key={session.slug}>
                    {session.title}
                  </th>
                ))}
                <th scope="col">Done</th>
              </tr>
            </thead>
            <tbody>
              {team.members.map((member) => (
                <tr key={member.email}>
                  <th scope="row">
                    {member.name}
                    {member.hasAccount ? '' : ' (no account yet)'}
                  </th>
                  {progress.sessions.map((session) => (
                    <td key={session.slug}>{member.completedSessions.includes(session.slug) ? 'Completed' : 'Not yet'}</td>
                  ))}
                  <td>
                    {member.completedSessions.length} of {progress.sessions.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

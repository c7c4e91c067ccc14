import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Cohort, CohortApplication, CohortProgress } from '../api/types';
import { useAuth } from '../app/auth';
import { Link, usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { useSubmit } from '../app/use-submit';
import { ErrorMessage, fieldError, Loading, Notice, PageHeading, TextAreaField, TextField } from '../components/ui';

const STATUS_LABEL: Record<CohortApplication['status'], string> = { SUBMITTED: 'Submitted, waiting for selection', SELECTED: 'Selected', DECLINED: 'Not selected' };

/** A cohort program's intake: what it asks, a team application, and (for selected teams) their progress. */
export function CohortPage({ slug }: { slug: string }) {
  const { account } = useAuth();
  const cohort = useApi<Cohort>(`/cohorts/${encodeURIComponent(slug)}`);
  const mine = useApi<CohortApplication[]>(account ? '/me/cohort-applications' : null);
  usePageTitle(cohort.data?.title ?? 'Cohort');
  if (cohort.error) return <ErrorMessage error={cohort.error} title="Could not load the cohort" />;
  if (!cohort.data) return <Loading what="the cohort" />;
  const detail = cohort.data;
  const application = mine.data?.find((item) => item.cohort === detail.slug);
  return (
    <>
      <PageHeading>{detail.title}</PageHeading>
      {detail.description && <p className="lede">{detail.description}</p>}
      <p>
        {detail.selectedCount} of {detail.capacity} teams selected. {detail.open ? 'Applications are open.' : 'Applications are closed.'}
      </p>
      {detail.badge && <p>Members of selected teams who complete every cohort session earn the badge “{detail.badge.name}”.</p>}
      {account === null && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(`/cohorts/${detail.slug}`)}`}>Sign in</Link> to apply with your library’s team.
        </p>
      )}
      {account && application && (
        <section aria-labelledby="cohort-application">
          <h2 id="cohort-application">Your team’s application</h2>
          <p>
            <strong>{STATUS_LABEL[application.status]}</strong> · {application.libraryName}
          </p>
          {application.decisionReason && <p>Note from the staff: {application.decisionReason}</p>}
          {application.status === 'SELECTED' && <TeamProgress slug={detail.slug} />}
        </section>
      )}
      {account && mine.data && !application && detail.open && <ApplicationForm cohort={detail} onApplied={() => void mine.reload()} />}
    </>
  );
}

function TeamProgress({ slug }: { slug: string }) {
  const progress = useApi<CohortProgress>(`/cohorts/${encodeURIComponent(slug)}/progress`);
  if (progress.error) return <ErrorMessage error={progress.error} title="Could not load your team's progress" />;
  if (!progress.data) return <Loading what="your team's progress" />;
  const { sessions, members } = progress.data;
  return (
    <table>
      <caption>Team progress through the cohort’s sessions</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          {sessions.map((session) => (
            <th scope="col" key={session.slug}>
              <Link to={`/sessions/${session.slug}`}>{session.title}</Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.email}>
            <th scope="row">{member.name}{member.hasAccount ? '' : ' (no account yet)'}</th>
            {sessions.map((session) => (
              <td key={session.slug}>{member.completedSessions.includes(session.slug) ? 'Completed' : 'Not yet'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ApplicationForm({ cohort, onApplied }: { cohort: Cohort; onApplied: () => void }) {
  const [library, setLibrary] = useState({ libraryName: '', city: '', state: '' });
  const [answers, setAnswers] = useState<string[]>(cohort.questions.map(() => ''));
  const [team, setTeam] = useState('');
  const submit = useSubmit();
  const apply = async (event: FormEvent) => {
    event.preventDefault();
    const members = team
      .split('\n')
      .map((line) => line.split(',').map((part) => part.trim()))
      .filter(([name, email]) => name && email)
      .map(([name, email]) => ({ name, email }));
    if (
      await submit.run(async () => {
        await api.request<CohortApplication>(`/cohorts/${cohort.slug}/applications`, {
          method: 'POST',
          body: { ...library, state: library.state.toUpperCase(), answers, members },
        });
        return 'Your application is in. You will hear the decision by e-mail.';
      })
    ) {
      onApplied();
    }
  };
  const problem = (field: string) => fieldError(submit.error, field);
  return (
    <section aria-labelledby="cohort-apply">
      <h2 id="cohort-apply">Apply with your library’s team</h2>
      <form className="stacked" onSubmit={apply}>
        <TextField label="Library" value={library.libraryName} required maxLength={200} onChange={(event) => setLibrary({ ...library, libraryName: event.target.value })} error={problem('libraryName')} />
        <TextField label="City" value={library.city} required maxLength={100} onChange={(event) => setLibrary({ ...library, city: event.target.value })} error={problem('city')} />
        <TextField label="State (two letters)" value={library.state} required maxLength={2} onChange={(event) => setLibrary({ ...library, state: event.target.value })} error={problem('state')} />
        {cohort.questions.map((question, index) => (
          <TextAreaField
            key={question}
            label={question}
            value={answers[index]}
            required
            maxLength={4000}
            onChange={(event) => setAnswers(answers.map((answer, at) => (at === index ? event.target.value : answer)))}
            error={problem(`answers.${index}`)}
          />
        ))}
        <TextAreaField label="Team members" hint="One per line: name, e-mail — include yourself" value={team} required onChange={(event) => setTeam(event.target.value)} error={problem('members')} />
        <button type="submit" disabled={submit.busy}>
          Send the application
        </button>
        <Notice tone="success">{submit.message}</Notice>
        <ErrorMessage error={submit.error} title="Could not send the application" />
      </form>
    </section>
  );
}

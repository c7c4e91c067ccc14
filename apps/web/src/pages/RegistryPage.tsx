import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Page, RegistryEntry, RegistrySubmission, RegistrySubmissionInput } from '../api/types';
import { useAuth } from '../app/auth';
import { Link, usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { useSubmit } from '../app/use-submit';
import { ErrorMessage, fieldError, Loading, Notice, PageHeading, TextAreaField, TextField } from '../components/ui';

interface Filters {
  program: string;
  state: string;
  language: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { program: '', state: '', language: '', from: '', to: '' };
const STATUS_LABEL: Record<RegistrySubmission['status'], string> = {
  PENDING: 'Waiting for review',
  CHANGES_REQUESTED: 'Changes requested',
  PUBLISHED: 'Published',
  REJECTED: 'Not accepted',
};

const queryOf = (filters: Filters) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) query.set(key, value.trim());
  return query.toString();
};

/** The public registry of programs libraries host (e.g. Día programs): search, filter, export; signed-in learners submit theirs. */
export function RegistryPage() {
  usePageTitle('Program registry');
  const { account } = useAuth();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const query = queryOf(filters);
  const results = useApi<Page<RegistryEntry>>(`/registry?limit=50${query ? `&${query}` : ''}`);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };

  return (
    <>
      <PageHeading>Program registry</PageHeading>
      <p className="lede">Programs libraries host, such as Día programs, published after review by the association’s staff.</p>
      <form className="filters" role="search" aria-label="Search the registry" onSubmit={search}>
        <TextField label="Program (slug)" value={draft.program} placeholder="dia" onChange={(event) => setDraft({ ...draft, program: event.target.value })} />
        <TextField label="State" value={draft.state} maxLength={2} placeholder="AZ" onChange={(event) => setDraft({ ...draft, state: event.target.value.toUpperCase() })} error={fieldError(results.error, 'state')} />
        <TextField label="Language" value={draft.language} onChange={(event) => setDraft({ ...draft, language: event.target.value })} />
        <TextField label="From" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        <TextField label="To" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        <button type="submit">Search</button>
      </form>
      <p>
        Download these results: <a href={`/api/v1/registry/export?format=csv${query ? `&${query}` : ''}`}>CSV</a> ·{' '}
        <a href={`/api/v1/registry/export?format=json${query ? `&${query}` : ''}`}>JSON</a>
      </p>
      <section aria-labelledby="registry-results">
        <h2 id="registry-results">{results.data ? `${results.data.page.total} program${results.data.page.total === 1 ? '' : 's'}` : 'Programs'}</h2>
        {results.loading && !results.data && <Loading what="the registry" />}
        <ErrorMessage error={results.error} title="Could not search the registry" />
        <ul className="card-list">
          {results.data?.items.map((entry) => (
            <li key={entry.id}>
              <article aria-label={entry.title}>
                <h3>{entry.title}</h3>
                <p className="muted">
                  {entry.date} · {entry.libraryName}, {entry.city}, {entry.state} · {entry.programTitle}
                </p>
                <p>{entry.description}</p>
                <p className="muted">
                  For {entry.audience} · In {entry.languages.join(', ')} · Contact <a href={`mailto:${entry.contactEmail}`}>{entry.contactEmail}</a>
                </p>
              </article>
            </li>
          ))}
        </ul>
      </section>
      {account ? (
        <MySubmissions />
      ) : (
        account === null && (
          <p>
            <Link to="/sign-in?next=%2Fregistry">Sign in</Link> to add a program your library hosts.
          </p>
        )
      )}
    </>
  );
}

const EMPTY_SUBMISSION = { program: 'dia', title: '', date: '', libraryName: '', city: '', state: '', audience: '', languages: 'English', description: '', contactEmail: '' };

/** The signed-in learner's form and their own submissions with staff's decisions. */
export function MySubmissions() {
  const mine = useApi<RegistrySubmission[]>('/me/registry-submissions');
  const [form, setForm] = useState(EMPTY_SUBMISSION);
  const submit = useSubmit();
  const set = (key: keyof typeof EMPTY_SUBMISSION) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const body: RegistrySubmissionInput = { ...form, state: form.state.toUpperCase() as RegistrySubmissionInput['state'], languages: form.languages.split(',').map((language) => language.trim()).filter(Boolean) };
    if (
      await submit.run(async () => {
        await api.request<RegistrySubmission>('/me/registry-submissions', { method: 'POST', body });
        return 'Submitted. Staff will review it; you will hear their decision by e-mail.';
      })
    ) {
      setForm(EMPTY_SUBMISSION);
      void mine.reload();
    }
  };

  return (
    <>
      <section aria-labelledby="registry-submit">
        <h2 id="registry-submit">Add a program your library hosts</h2>
        <form className="stacked" onSubmit={send}>
          <TextField label="Program (slug)" value={form.program} required onChange={set('program')} error={fieldError(submit.error, 'program')} />
          <TextField label="Title" value={form.title} required maxLength={200} onChange={set('title')} error={fieldError(submit.error, 'title')} />
          <TextField label="Date" type="date" value={form.date} required onChange={set('date')} error={fieldError(submit.error, 'date')} />
          <TextField label="Library" value={form.libraryName} required maxLength={200} onChange={set('libraryName')} error={fieldError(submit.error, 'libraryName')} />
          <TextField label="City" value={form.city} required maxLength={100} onChange={set('city')} error={fieldError(submit.error, 'city')} />
          <TextField label="State (two letters)" value={form.state} required maxLength={2} onChange={set('state')} error={fieldError(submit.error, 'state')} />
          <TextField label="Audience" value={form.audience} required maxLength={200} onChange={set('audience')} error={fieldError(submit.error, 'audience')} />
          <TextField label="Languages" hint="Separate them with commas" value={form.languages} required onChange={set('languages')} error={fieldError(submit.error, 'languages')} />
          <TextAreaField label="Description" value={form.description} required maxLength={4000} onChange={set('description')} error={fieldError(submit.error, 'description')} />
          <TextField label="Contact e-mail" type="email" value={form.contactEmail} required maxLength={254} onChange={set('contactEmail')} error={fieldError(submit.error, 'contactEmail')} />
          <button type="submit" disabled={submit.busy}>
            Submit for review
          </button>
          <Notice tone="success">{submit.message}</Notice>
          <ErrorMessage error={submit.error} title="Could not submit the program" />
        </form>
      </section>
      <section aria-labelledby="registry-mine">
        <h2 id="registry-mine">My submissions</h2>
        {mine.loading && !mine.data && <Loading what="your submissions" />}
        <ErrorMessage error={mine.error} title="Could not load your submissions" />
        {mine.data?.length === 0 && <p className="empty">None yet.</p>}
        <ul className="card-list">
          {mine.data?.map((item) => (
            <li key={item.id}>
              <article aria-label={item.title}>
                <h3>{item.title}</h3>
                <p>
                  <strong>{STATUS_LABEL[item.status]}</strong> · {item.date} · {item.libraryName}
                </p>
                {item.reviewNote && <p>Note from the staff: {item.reviewNote}</p>}
              </article>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { LearnerSummary, Page } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { useSubmit } from '../../app/use-submit';
import { formatDateTime } from '../../components/format';
import { ErrorMessage, fieldError, Loading, Notice, PageHeading, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';

/** Admins managing people: find learners by name or address, see their state, erase on request. */
export function AdminPeoplePage() {
  usePageTitle('People');
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const people = useApi<Page<LearnerSummary>>(`/admin/learners?limit=50&q=${encodeURIComponent(searched)}`);
  const [erasing, setErasing] = useState<LearnerSummary>();
  const [erased, setErased] = useState<string>();

  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearched(query.trim());
  };

  return (
    <>
      <AdminCrumb />
      <PageHeading>People</PageHeading>
      <form role="search" onSubmit={search} className="inline-fields">
        <TextField label="Name or e-mail" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <button type="submit">Search</button>
      </form>
      <Notice tone="success">{erased}</Notice>
      {people.error ? (
        <ErrorMessage error={people.error} title="Could not load people" />
      ) : !people.data ? (
        <Loading what="people" />
      ) : people.data.items.length === 0 ? (
        <p>Nobody matches.</p>
      ) : (
        <table>
          <caption>
            {people.data.page.total} {people.data.page.total === 1 ? 'person' : 'people'}
            {searched ? ` matching “${searched}”` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {people.data.items.map((person) => (
              <tr key={person.id}>
                <td>{person.displayName}</td>
                <td>{person.email}</td>
                <td>{person.role}</td>
                <td>{person.emailVerifiedAt ? 'verified' : 'not verified'}</td>
                <td>
                  {person.disabledAt ? 'disabled' : `${person.activeSessions} session(s)`}
                  {person.lastSignInAt ? `, last ${formatDateTime(person.lastSignInAt)}` : ''}
                </td>
                <td>
                  {person.role === 'LEARNER' && !person.deletedAt ? (
                    <button type="button" className="danger" onClick={() => setErasing(person)}>
                      Erase {person.displayName}…
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {erasing ? (
        <EraseForm
          person={erasing}
          onCancel={() => setErasing(undefined)}
          onErased={async () => {
            setErased(`${erasing.displayName}’s personal data has been erased.`);
            setErasing(undefined);
            await people.reload();
          }}
        />
      ) : null}
    </>
  );
}

function EraseForm({ person, onCancel, onErased }: { person: LearnerSummary; onCancel: () => void; onErased: () => Promise<void> }) {
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.request(`/admin/learners/${person.id}`, { method: 'DELETE', body: { reason } });
      await onErased();
      return '';
    });
  };
  return (
    <section aria-labelledby="erase-heading" className="card">
      <h2 id="erase-heading">Erase {person.displayName}</h2>
      <p>
        Their profile, progress, enrolments, reminders and Discord link are erased; issued badges stay verifiable but no longer name them. This cannot be undone and is recorded in the
        audit log with the reason.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} title="Could not erase the account" />
        <TextField label="The learner’s request (for the audit record)" required value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError(error, 'reason')} />
        <button type="submit" className="danger" disabled={busy || !reason.trim()}>
          Erase for good
        </button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </form>
    </section>
  );
}

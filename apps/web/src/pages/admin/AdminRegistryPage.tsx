import { useState } from 'react';
import { api } from '../../api/client';
import type { Page, RegistrySubmission } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { useSubmit } from '../../app/use-submit';
import { ErrorMessage, fieldError, Loading, Notice, PageHeading, TextAreaField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';

type Decision = 'publish' | 'request-changes' | 'reject';
const DONE: Record<Decision, string> = {
  publish: 'Published. The library will be told.',
  'request-changes': 'Changes requested. The library will be told what to change.',
  reject: 'Rejected. The library will be told why.',
};

/** Staff review the registry: each pending submission can be published, sent back with changes, or rejected with a reason. */
export function AdminRegistryPage() {
  usePageTitle('Registry review');
  const pending = useApi<Page<RegistrySubmission>>('/admin/registry-submissions?limit=100');
  return (
    <>
      <AdminCrumb />
      <PageHeading>Registry review</PageHeading>
      <p className="lede">Programs libraries submitted to the public registry, oldest first. The submitter hears each decision once.</p>
      {pending.loading && !pending.data && <Loading what="the submissions" />}
      <ErrorMessage error={pending.error} title="Could not load the submissions" />
      {pending.data?.items.length === 0 && <p className="empty">Nothing waits for review.</p>}
      <ul className="card-list">
        {pending.data?.items.map((submission) => (
          <li key={submission.id}>
            <ReviewCard submission={submission} onDecided={() => void pending.reload()} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ReviewCard({ submission, onDecided }: { submission: RegistrySubmission; onDecided: () => void }) {
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const decide = (decision: Decision) =>
    void submit
      .run(async () => {
        await api.request<RegistrySubmission>(`/admin/registry-submissions/${submission.id}/decision`, { method: 'POST', body: note.trim() ? { decision, note: note.trim() } : { decision } });
        return DONE[decision];
      })
      .then((ok) => ok && window.setTimeout(onDecided, 1500));
  return (
    <article aria-label={submission.title}>
      <h2>{submission.title}</h2>
      <p className="muted">
        {submission.programTitle} · {submission.date} · {submission.libraryName}, {submission.city}, {submission.state}
      </p>
      <p>{submission.description}</p>
      <p className="muted">
        For {submission.audience} · In {submission.languages.join(', ')} · {submission.contactEmail}
      </p>
      <TextAreaField label="Note to the library" hint="Needed to request changes or reject" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} error={fieldError(submit.error, 'note')} />
      <div className="actions">
        <button type="button" onClick={() => decide('publish')} disabled={submit.busy}>
          Publish
        </button>
        <button type="button" onClick={() => decide('request-changes')} disabled={submit.busy}>
          Request changes
        </button>
        <button type="button" onClick={() => decide('reject')} disabled={submit.busy}>
          Reject
        </button>
      </div>
      <Notice tone="success">{submit.message}</Notice>
      <ErrorMessage error={submit.error} title="That decision did not go through" />
    </article>
  );
}

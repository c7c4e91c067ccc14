import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { FaqEntry, QuestionInsights, QuestionTally } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { useSubmit } from '../../app/use-submit';
import { ErrorMessage, fieldError, Loading, Notice, PageHeading, TextAreaField, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';

interface Draft {
  slug: string;
  question: string;
  variants: string;
  answer: string;
}

const EMPTY: Draft = { slug: '', question: '', variants: '', answer: '' };

/** "how do i park?" → "how-do-i-park" (the API checks the form). */
const slugFrom = (question: string) =>
  question
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Staff teach the bot: FAQ entries (create, edit, retire) and what members ask, with one click from a question to a draft entry. */
export function AdminFaqPage() {
  usePageTitle('Bot answers');
  const entries = useApi<FaqEntry[]>('/admin/faq');
  const insights = useApi<QuestionInsights>('/admin/questions');
  const [draft, setDraft] = useState<Draft>(EMPTY);

  const draftFrom = (tally: QuestionTally) => {
    setDraft({ slug: slugFrom(tally.question), question: tally.question, variants: '', answer: '' });
    window.setTimeout(() => document.getElementById('faq-new-heading')?.scrollIntoView?.(), 0);
  };

  return (
    <>
      <AdminCrumb />
      <PageHeading>Bot answers</PageHeading>
      <p className="lede">What the bot and the web’s “Ask Stacks” answer from. Changes are used within seconds.</p>
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">What members ask (last 30 days)</h2>
        {insights.loading && !insights.data && <Loading what="the questions" />}
        <ErrorMessage error={insights.error} title="Could not load the questions" />
        {insights.data && (
          <div className="insights">
            <TallyList title="Unanswered" tallies={insights.data.unanswered} count={(tally) => `${tally.unanswered} × unanswered`} onDraft={draftFrom} />
            <TallyList title="Down-voted" tallies={insights.data.downVoted} count={(tally) => `${tally.downVotes} × 👎`} onDraft={draftFrom} />
            <TallyList title="Most asked" tallies={insights.data.mostAsked} count={(tally) => `${tally.asked} × asked`} onDraft={draftFrom} />
          </div>
        )}
      </section>
      <NewEntryForm draft={draft} onChange={setDraft} onCreated={() => void entries.reload()} />
      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading">FAQ entries</h2>
        {entries.loading && !entries.data && <Loading what="the FAQ" />}
        <ErrorMessage error={entries.error} title="Could not load the FAQ" />
        <ul className="card-list">
          {entries.data?.map((entry) => (
            <li key={entry.id}>
              <EntryRow entry={entry} onChanged={() => void entries.reload()} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function TallyList({ title, tallies, count, onDraft }: { title: string; tallies: QuestionTally[]; count: (tally: QuestionTally) => string; onDraft: (tally: QuestionTally) => void }) {
  return (
    <div>
      <h3>{title}</h3>
      {tallies.length === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <ul>
          {tallies.map((tally) => (
            <li key={tally.question}>
              “{tally.question}” <span className="muted">({count(tally)})</span>{' '}
              <button type="button" className="link-button" onClick={() => onDraft(tally)} aria-label={`Make an FAQ entry for “${tally.question}”`}>
                Make an FAQ entry
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NewEntryForm({ draft, onChange, onCreated }: { draft: Draft; onChange: (draft: Draft) => void; onCreated: () => void }) {
  const submit = useSubmit();
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (
      await submit.run(async () => {
        const created = await api.request<FaqEntry>('/admin/faq', {
          method: 'POST',
          body: { slug: draft.slug, question: draft.question, variants: lines(draft.variants), answer: draft.answer },
        });
        return `Added “${created.question}”. The bot answers with it within seconds.`;
      })
    ) {
      onChange(EMPTY);
      onCreated();
    }
  };
  return (
    <section aria-labelledby="faq-new-heading">
      <h2 id="faq-new-heading">New FAQ entry</h2>
      <form className="stacked" onSubmit={create}>
        <TextField label="Question" value={draft.question} required onChange={(event) => onChange({ ...draft, question: event.target.value, slug: draft.slug || slugFrom(event.target.value) })} error={fieldError(submit.error, 'question')} />
        <TextField label="Slug" value={draft.slug} required hint="Lowercase words joined by hyphens" onChange={(event) => onChange({ ...draft, slug: event.target.value })} error={fieldError(submit.error, 'slug')} />
        <TextAreaField label="Other phrasings" hint="One per line" value={draft.variants} onChange={(event) => onChange({ ...draft, variants: event.target.value })} error={fieldError(submit.error, 'variants')} />
        <TextAreaField label="Answer" value={draft.answer} required onChange={(event) => onChange({ ...draft, answer: event.target.value })} error={fieldError(submit.error, 'answer')} />
        <button type="submit" disabled={submit.busy}>
          Add the entry
        </button>
      </form>
      <ErrorMessage error={submit.error} title="Could not add the entry" />
      <Notice tone="success">{submit.message}</Notice>
    </section>
  );
}

function EntryRow({ entry, onChanged }: { entry: FaqEntry; onChanged: () => void }) {
  const [answer, setAnswer] = useState(entry.answer);
  const submit = useSubmit();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(async () => (await api.request<FaqEntry>(`/admin/faq/${entry.slug}`, { method: 'PATCH', body: { answer } }), 'Saved.'))) onChanged();
  };
  const retire = async () => {
    if (await submit.run(async () => (await api.request<FaqEntry>(`/admin/faq/${entry.slug}/retire`, { method: 'POST' }), 'Retired: the bot no longer uses it.'))) onChanged();
  };
  return (
    <article className="card" aria-label={entry.question}>
      <h3>{entry.question}</h3>
      {entry.retiredAt ? (
        <p className="muted">Retired; the bot no longer uses it.</p>
      ) : (
        <form onSubmit={save}>
          <TextAreaField label="Answer" value={answer} onChange={(event) => setAnswer(event.target.value)} error={fieldError(submit.error, 'answer')} />
          <button type="submit" disabled={submit.busy || answer === entry.answer}>
            Save
          </button>{' '}
          <button type="button" className="secondary" disabled={submit.busy} onClick={() => void retire()}>
            Retire
          </button>
        </form>
      )}
      <ErrorMessage error={submit.error} title="Could not save" />
      <Notice tone="success">{submit.message}</Notice>
    </article>
  );
}

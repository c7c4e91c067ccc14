import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { CompletionRule, Page, ProgramKind, ProgramSummary, SeriesSummary } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { EnumOptions, ErrorMessage, fieldError, Notice, PageHeading, SelectField, TextAreaField, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';
import { useSubmit } from '../../app/use-submit';

const KINDS: Record<ProgramKind, string> = {
  LEARNING_SERIES: 'Learning series',
  INITIATIVE: 'Initiative',
  NATIONAL_DAY: 'National day',
  CELEBRATION: 'Celebration',
  COHORT: 'Cohort',
  MEMBERSHIP: 'Membership',
};
const RULES: Record<CompletionRule, string> = { ALL: 'Every session', IN_ORDER: 'Every session, in order', ANY_K: 'A number of the sessions' };

export function AdminCataloguePage() {
  usePageTitle('Programs and series');
  const programs = useApi<Page<ProgramSummary>>('/programs?limit=100');
  return (
    <>
      <AdminCrumb />
      <PageHeading>Programs and series</PageHeading>
      <div className="two-columns">
        <ProgramForm onCreated={() => void programs.reload()} />
        <SeriesForm programs={programs.data?.items ?? []} />
      </div>
    </>
  );
}

function ProgramForm({ onCreated }: { onCreated: () => void }) {
  const [form, setForm] = useState({ slug: '', title: '', kind: 'LEARNING_SERIES' as ProgramKind, summary: '', description: '', audience: '', startsOn: '', endsOn: '' });
  const submit = useSubmit();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit.run(async () => {
      const body = { ...form, startsOn: form.startsOn || undefined, endsOn: form.endsOn || undefined };
      const program = await api.request<ProgramSummary>('/admin/programs', { method: 'POST', body });
      return `Program “${program.title}” saved.`;
    });
    if (ok) onCreated();
  };
  const error = submit.error;
  return (
    <section className="card" aria-labelledby="new-program">
      <h2 id="new-program">New program</h2>
      <form onSubmit={onSubmit}>
        <ErrorMessage error={error} title="Program not saved" />
        <TextField label="Title" required value={form.title} onChange={set('title')} error={fieldError(error, 'title')} />
        <TextField label="Slug" required value={form.slug} onChange={set('slug')} error={fieldError(error, 'slug')} hint="Lowercase words joined by hyphens; it appears in links" />
        <SelectField label="Kind" value={form.kind} onChange={set('kind')} error={fieldError(error, 'kind')}>
          <EnumOptions labels={KINDS} />
        </SelectField>
        <TextField label="Summary" required value={form.summary} onChange={set('summary')} error={fieldError(error, 'summary')} />
        <TextAreaField label="Description" required value={form.description} onChange={set('description')} error={fieldError(error, 'description')} />
        <TextField label="Audience" required value={form.audience} onChange={set('audience')} error={fieldError(error, 'audience')} hint="Who it is for, e.g. Public library staff" />
        <div className="inline-fields">
          <TextField label="Starts on" type="date" value={form.startsOn} onChange={set('startsOn')} error={fieldError(error, 'startsOn')} />
          <TextField label="Ends on" type="date" value={form.endsOn} onChange={set('endsOn')} error={fieldError(error, 'endsOn')} />
        </div>
        <button type="submit" disabled={submit.busy}>
          Create program
        </button>
        <Notice tone="success">{submit.message}</Notice>
      </form>
    </section>
  );
}

function SeriesForm({ programs }: { programs: ProgramSummary[] }) {
  const [form, setForm] = useState({ program: '', slug: '', title: '', description: '', audience: '', rule: 'ALL' as CompletionRule, requiredCount: '', unlockTitle: '', unlockDescription: '' });
  const submit = useSubmit();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit.run(async () => {
      const body = {
        ...form,
        requiredCount: form.rule === 'ANY_K' && form.requiredCount ? Number(form.requiredCount) : undefined,
        unlockTitle: form.unlockTitle || undefined,
        unlockDescription: form.unlockDescription || undefined,
      };
      const series = await api.request<SeriesSummary>('/admin/series', { method: 'POST', body });
      return `Series “${series.title}” saved. Add sessions to it on the Sessions page.`;
    });
  };
  const error = submit.error;
  return (
    <section className="card" aria-labelledby="new-series">
      <h2 id="new-series">New series</h2>
      <form onSubmit={onSubmit}>
        <ErrorMessage error={error} title="Series not saved" />
        <SelectField label="Program" required value={form.program} onChange={set('program')} error={fieldError(error, 'program')}>
          <option value="">Choose a program</option>
          {programs.map((program) => (
            <option key={program.slug} value={program.slug}>
              {program.title}
            </option>
          ))}
        </SelectField>
        <TextField label="Title" required value={form.title} onChange={set('title')} error={fieldError(error, 'title')} />
        <TextField label="Slug" required value={form.slug} onChange={set('slug')} error={fieldError(error, 'slug')} hint="Lowercase words joined by hyphens" />
        <TextAreaField label="Description" required value={form.description} onChange={set('description')} error={fieldError(error, 'description')} />
        <TextField label="Audience" required value={form.audience} onChange={set('audience')} error={fieldError(error, 'audience')} />
        <SelectField label="Completed when the learner has done" value={form.rule} onChange={set('rule')} error={fieldError(error, 'rule')}>
          <EnumOptions labels={RULES} />
        </SelectField>
        {form.rule === 'ANY_K' && <TextField label="How many sessions" type="number" min={1} max={100} value={form.requiredCount} onChange={set('requiredCount')} error={fieldError(error, 'requiredCount')} />}
        <TextField label="What completing it unlocks" value={form.unlockTitle} onChange={set('unlockTitle')} error={fieldError(error, 'unlockTitle')} hint="Optional, e.g. Invitation to the in-person workshop" />
        <TextAreaField label="About the unlock" value={form.unlockDescription} onChange={set('unlockDescription')} error={fieldError(error, 'unlockDescription')} />
        <button type="submit" disabled={submit.busy}>
          Create series
        </button>
        <Notice tone="success">{submit.message}</Notice>
      </form>
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import type { LibraryType, Page, ProgramSummary, SessionSummary, SessionType } from '../api/types';
import { Link, usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { formatDateTime, LIBRARY_TYPE_LABEL, SESSION_TYPE_LABEL } from '../components/format';
import { AskBox } from '../components/AskBox';
import { CheckboxField, EnumOptions, ErrorMessage, Loading, PageHeading, SelectField, TextField } from '../components/ui';

const PAGE_SIZE = 20;

interface Filters {
  q: string;
  program: string;
  type: '' | SessionType;
  libraryType: '' | LibraryType;
  upcoming: boolean;
  free: boolean;
}

const NO_FILTERS: Filters = { q: '', program: '', type: '', libraryType: '', upcoming: false, free: false };

function sessionsQuery(filters: Filters, offset: number): string {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.program) query.set('program', filters.program);
  if (filters.type) query.set('type', filters.type);
  if (filters.libraryType) query.set('libraryType', filters.libraryType);
  if (filters.upcoming) query.set('when', 'upcoming');
  if (filters.free) query.set('free', 'true');
  return `/sessions?${query}`;
}

export function CataloguePage() {
  usePageTitle('Catalogue');
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const programs = useApi<Page<ProgramSummary>>('/programs?limit=100');
  const sessions = useApi<Page<SessionSummary>>(sessionsQuery(applied, offset));

  const apply = (next: Filters) => {
    setDraft(next);
    setApplied(next);
    setOffset(0);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const total = sessions.data?.page.total ?? 0;

  return (
    <>
      <PageHeading>Catalogue</PageHeading>
      <p className="lede">Webinars, workshops and events from the association’s professional-learning programs.</p>
      <AskBox />
      <form className="filters" role="search" aria-label="Filter sessions" onSubmit={submit}>
        <TextField label="Search" type="search" name="q" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} hint="Words from the title or description" />
        <SelectField label="Program" value={draft.program} onChange={(event) => apply({ ...draft, program: event.target.value })}>
          <option value="">All programs</option>
          {programs.data?.items.map((program) => (
            <option key={program.slug} value={program.slug}>
              {program.title}
            </option>
          ))}
        </SelectField>
        <SelectField label="Type" value={draft.type} onChange={(event) => apply({ ...draft, type: event.target.value as Filters['type'] })}>
          <option value="">Any type</option>
          <EnumOptions labels={SESSION_TYPE_LABEL} />
        </SelectField>
        <SelectField label="Library type" value={draft.libraryType} onChange={(event) => apply({ ...draft, libraryType: event.target.value as Filters['libraryType'] })}>
          <option value="">Any library</option>
          <EnumOptions labels={LIBRARY_TYPE_LABEL} />
        </SelectField>
        <fieldset className="checkbox-group">
          <legend>Show only</legend>
          <CheckboxField label="Upcoming" checked={draft.upcoming} onChange={(event) => apply({ ...draft, upcoming: event.target.checked })} />
          <CheckboxField label="Free" checked={draft.free} onChange={(event) => apply({ ...draft, free: event.target.checked })} />
        </fieldset>
        <div className="filter-actions">
          <button type="submit">Search</button>
          <button type="button" className="secondary" onClick={() => apply(NO_FILTERS)}>
            Clear filters
          </button>
        </div>
      </form>

      <section aria-labelledby="results-heading" aria-busy={sessions.loading}>
        <h2 id="results-heading">Sessions</h2>
        <p role="status" className="muted">
          {sessions.loading ? 'Searching…' : `${total} ${total === 1 ? 'session' : 'sessions'} found`}
        </p>
        <ErrorMessage error={sessions.error} title="Could not load sessions" />
        {!sessions.data && sessions.loading && <Loading what="sessions" />}
        <ul className="card-list">
          {sessions.data?.items.map((session) => (
            <li key={session.id}>
              <SessionCard session={session} />
            </li>
          ))}
        </ul>
        {total > PAGE_SIZE && (
          <nav className="pager" aria-label="Result pages">
            <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              Previous page
            </button>
            <span>
              {offset + 1}–{Math.min(offset + PAGE_SIZE, total)} of {total}
            </span>
            <button type="button" className="secondary" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              Next page
            </button>
          </nav>
        )}
      </section>
    </>
  );
}

function SessionCard({ session }: { session: SessionSummary }) {
  return (
    <article className="card session-card">
      <h3>
        <Link to={`/sessions/${session.slug}`}>{session.title}</Link>
      </h3>
      <p className="muted">{session.program.title}</p>
      <ul className="tags" aria-label="Details">
        <li>{SESSION_TYPE_LABEL[session.type]}</li>
        <li>{session.startsAt ? formatDateTime(session.startsAt, session.timeZone) : session.recording.availableNow ? 'Recording available' : 'Date to be announced'}</li>
        <li>{session.free ? 'Free' : `$${(session.priceCents / 100).toFixed(2)}`}</li>
        {session.series && <li>Part {session.position ?? '?'} of a series</li>}
        {session.status === 'CANCELLED' && <li className="tag-warning">Cancelled</li>}
      </ul>
    </article>
  );
}

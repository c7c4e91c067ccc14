import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AdminCohortProgress, Cohort, CohortApplication } from '../../api/types';
import { type RecordedCall, scriptFetch } from '../../testing/scripted-fetch';
import { AdminCohortsPage } from './AdminCohortsPage';

const cohort: Cohort = {
  id: '1c2d3e4f-1111-4222-8333-444455556666',
  slug: 'innovators-2027',
  program: 'ltc-public-innovators-cohort',
  title: 'Public Innovators 2027',
  description: '',
  capacity: 1,
  selectedCount: 0,
  questions: ['Which community challenge will your team take on?', 'Who leads the team?'],
  applicationsCloseAt: null,
  open: true,
  badge: null,
};
const application = (id: string, libraryName: string): CohortApplication => ({
  id,
  cohort: cohort.slug,
  cohortTitle: cohort.title,
  libraryName,
  city: 'Tucson',
  state: 'AZ',
  answers: ['Food access', 'The branch manager'],
  members: [
    { name: 'Ana Ruiz', email: `ana@${id.slice(0, 4)}.example`, role: 'Branch manager' },
    { name: 'Ben Ode', email: `ben@${id.slice(0, 4)}.example`, role: null },
  ],
  status: 'SUBMITTED',
  decisionReason: null,
  decidedAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
});
const juniper = application('aaaa0000-1111-4222-8333-444455556666', 'Juniper Street Branch');
const oak = application('bbbb0000-1111-4222-8333-444455556666', 'Oak Hollow Library');
const calls: RecordedCall[] = [];
const originalFetch = globalThis.fetch;
let seats = 0;
let selected: string[] = [];

const progress = (): AdminCohortProgress => ({
  cohort: cohort.slug,
  cohortTitle: cohort.title,
  capacity: 1,
  selectedCount: seats,
  sessions: [{ slug: 'innovators-kickoff', title: 'Kickoff workshop', startsAt: null }],
  teams: selected.map((id) => ({
    application: id,
    libraryName: id === juniper.id ? juniper.libraryName : oak.libraryName,
    city: 'Tucson',
    state: 'AZ',
    members: [
      { name: 'Ana Ruiz', email: 'ana@example', hasAccount: true, completedSessions: ['innovators-kickoff'] },
      { name: 'Ben Ode', email: 'ben@example', hasAccount: false, completedSessions: [] },
    ],
  })),
});

beforeEach(() => {
  calls.length = 0;
  seats = 0;
  selected = [];
  scriptFetch(calls, ({ method, url, body: sent }) => {
    const body = sent as Record<string, unknown> | undefined;
    const reply = (status: number, json?: unknown) => ({ status, body: json });
    if (url === '/api/v1/cohorts') return reply(200, [{ ...cohort, selectedCount: seats }]);
    if (url === `/api/v1/cohorts/${cohort.slug}`) return reply(200, { ...cohort, selectedCount: seats });
    if (url === `/api/v1/admin/cohorts/${cohort.slug}/applications`) {
      return reply(200, [juniper, oak].map((item) => (selected.includes(item.id) ? { ...item, status: 'SELECTED' } : item)));
    }
    if (url === `/api/v1/admin/cohorts/${cohort.slug}/progress`) return reply(200, progress());
    if (url === `/api/v1/programs/${cohort.program}`) return reply(200, { slug: cohort.program, title: 'LTC Public Innovators Cohort', sessions: [], series: [] });
    if (method === 'POST' && url.endsWith('/decision')) {
      const id = url.split('/').at(-2) ?? '';
      if (body?.decision === 'select' && seats >= 1) {
        return reply(409, { title: 'Conflict', status: 409, detail: 'Public Innovators 2027 has selected as many teams as it takes', errors: [{ field: 'decision', rule: 'capacity', message: 'every seat in the cohort is taken' }] });
      }
      seats += 1;
      selected.push(id);
      const decided = id === juniper.id ? juniper : oak;
      return reply(200, { ...decided, status: 'SELECTED' });
    }
    if (method === 'PUT' && url === `/api/v1/admin/cohorts/${cohort.slug}/badge`) {
      if (body?.issuer === 'nobody') return reply(400, { title: 'Bad Request', status: 400, detail: 'no issuer has the slug nobody', errors: [{ field: 'issuer', rule: 'exists', message: 'no issuer has the slug nobody' }] });
      return reply(200, { ...cohort, badge: { slug: body?.slug, name: body?.name, description: body?.description, criteriaNarrative: body?.criteriaNarrative, issuer: body?.issuer } });
    }
    if (method === 'POST' && url === '/api/v1/admin/sessions') return reply(201, { ...body, title: body?.title });
    return reply(404, { title: 'Not Found', status: 404 });
  });
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('AdminCohortsPage', () => {
  it('shows each application with its team and answers under the questions', async () => {
    render(<AdminCohortsPage />);
    const card = await screen.findByRole('article', { name: 'Juniper Street Branch, Tucson' });
    expect(within(card).getByText(/Ana Ruiz \(Branch manager\)/)).toBeTruthy();
    expect(within(card).getByText('Which community challenge will your team take on?')).toBeTruthy();
    expect(within(card).getByText('Food access')).toBeTruthy();
    expect(await screen.findByText(/0 of 1 seats taken/)).toBeTruthy();
  });

  it('selects a team, then shows the API’s capacity refusal for the next one', async () => {
    const user = userEvent.setup();
    render(<AdminCohortsPage />);
    const first = await screen.findByRole('article', { name: 'Juniper Street Branch, Tucson' });
    await user.type(within(first).getByLabelText(/^Note to the team/), 'Welcome aboard');
    await user.click(within(first).getByRole('button', { name: 'Select' }));
    expect(await within(first).findByText('Juniper Street Branch: Selected. The applicant will be told.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({ url: `/api/v1/admin/cohort-applications/${juniper.id}/decision`, body: { decision: 'select', reason: 'Welcome aboard' } });
    expect(await screen.findByText(/1 of 1 seats taken/)).toBeTruthy();

    const second = screen.getByRole('article', { name: 'Oak Hollow Library, Tucson' });
    await user.click(within(second).getByRole('button', { name: 'Select' }));
    const alert = await within(second).findByRole('alert');
    expect(alert.textContent).toContain('has selected as many teams as it takes');
    expect(alert.textContent).toContain('every seat in the cohort is taken');
  });

  it('shows a selected team’s progress as a table, member by session', async () => {
    const user = userEvent.setup();
    render(<AdminCohortsPage />);
    expect(await screen.findByText('No team has been selected yet.')).toBeTruthy();
    await user.click(within(await screen.findByRole('article', { name: 'Juniper Street Branch, Tucson' })).getByRole('button', { name: 'Select' }));
    const table = await screen.findByRole('table', { name: 'Juniper Street Branch, Tucson, AZ' });
    const ana = within(table).getByRole('row', { name: /Ana Ruiz/ });
    expect(within(ana).getByRole('cell', { name: 'Completed' })).toBeTruthy();
    expect(within(ana).getByRole('cell', { name: '1 of 1' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Ben Ode (no account yet)' })).toBeTruthy();
  });

  it('creates a session only the cohort’s selected teams may enrol in', async () => {
    const user = userEvent.setup();
    render(<AdminCohortsPage />);
    const form = await screen.findByRole('region', { name: 'New session for Public Innovators 2027 (selected teams only)' });
    await user.type(within(form).getByLabelText('Title'), 'Kickoff workshop');
    await user.type(within(form).getByLabelText(/^Slug/), 'innovators-kickoff');
    await user.type(within(form).getByLabelText('Description'), 'The first team workshop.');
    await user.click(within(form).getByRole('button', { name: 'Create session' }));
    expect(await within(form).findByText('Session “Kickoff workshop” created for Public Innovators 2027.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST' && call.url === '/api/v1/admin/sessions')?.body).toMatchObject({
      program: cohort.program,
      cohort: cohort.slug,
      slug: 'innovators-kickoff',
      title: 'Kickoff workshop',
    });
  });

  it('links the cohort’s badge, showing a refused issuer next to its field', async () => {
    const user = userEvent.setup();
    render(<AdminCohortsPage />);
    const section = await screen.findByRole('region', { name: 'Cohort badge' });
    await user.type(within(section).getByLabelText('Badge description'), 'A member of a selected team.');
    const issuer = within(section).getByLabelText(/^Issuer/);
    await user.clear(issuer);
    await user.type(issuer, 'nobody');
    await user.click(within(section).getByRole('button', { name: 'Link a badge' }));
    expect(await within(section).findByRole('alert')).toBeTruthy();
    expect(issuer.getAttribute('aria-invalid')).toBe('true');
    await user.clear(issuer);
    await user.type(issuer, 'ala');
    await user.click(within(section).getByRole('button', { name: 'Link a badge' }));
    expect(await within(section).findByText(/Badge “Public Innovators 2027 team member” saved/)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').at(-1)?.body).toEqual({
      slug: 'innovators-2027-team',
      name: 'Public Innovators 2027 team member',
      description: 'A member of a selected team.',
      criteriaNarrative: 'Completed every session of the cohort as a member of a selected library team.',
      issuer: 'ala',
    });
  });
});

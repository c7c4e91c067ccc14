import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../api/client';
import type { Cohort, CohortApplication } from '../api/types';
import { AuthProvider } from '../app/auth';
import { CohortPage } from './CohortPage';

const cohort: Cohort = {
  id: 'c1',
  slug: 'innovators',
  program: 'ltc-public-innovators-cohort',
  title: 'LTC Public Innovators Cohort',
  description: 'Team-based community engagement training.',
  capacity: 10,
  selectedCount: 3,
  questions: ['Which community challenge will your team take on?'],
  applicationsCloseAt: null,
  open: true,
  badge: null,
};
const selected: CohortApplication = {
  id: 'a1',
  cohort: 'innovators',
  cohortTitle: cohort.title,
  libraryName: 'Juniper Street Branch Library',
  city: 'Tucson',
  state: 'AZ',
  answers: ['Food access'],
  members: [{ name: 'Ana', email: 'ana@library.example', role: null }],
  status: 'SELECTED',
  decisionReason: null,
  decidedAt: '2026-12-01T10:00:00.000Z',
  createdAt: '2026-11-01T10:00:00.000Z',
};
const calls: { url: string; method: string; body?: unknown }[] = [];
const originalFetch = globalThis.fetch;
let applications: CohortApplication[] = [];

beforeEach(() => {
  calls.length = 0;
  api.setTokens({ accessToken: 'test-access', refreshToken: 'test-refresh' } as Parameters<typeof api.setTokens>[0]);
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const body = init.body ? JSON.parse(init.body as string) : undefined;
    calls.push({ url, method: init.method ?? 'GET', body });
    const reply = (status: number, json?: unknown) => ({ ok: status < 300, status, statusText: '', json: async () => json, text: async () => JSON.stringify(json) }) as Response;
    if (url === '/api/v1/me') return reply(200, { id: 'u1', email: 'ana@library.example', displayName: 'Ana', role: 'LEARNER' });
    if (url === '/api/v1/cohorts/innovators') return reply(200, cohort);
    if (url === '/api/v1/me/cohort-applications') return reply(200, applications);
    if (url === '/api/v1/cohorts/innovators/applications') return reply(201, { ...selected, status: 'SUBMITTED' });
    if (url === '/api/v1/cohorts/innovators/progress') {
      return reply(200, { cohort: 'innovators', cohortTitle: cohort.title, libraryName: selected.libraryName, sessions: [{ slug: 's1', title: 'Team session 1', startsAt: null }], members: [{ name: 'Ana', email: 'ana@library.example', hasAccount: true, completedSessions: ['s1'] }] });
    }
    return reply(404, { title: 'Not Found', status: 404 });
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  api.clearTokens();
  globalThis.fetch = originalFetch;
});

const renderPage = () =>
  render(
    <AuthProvider>
      <CohortPage slug="innovators" />
    </AuthProvider>,
  );

describe('CohortPage', () => {
  it("sends a team's application with one answer per question and the team parsed from its lines", async () => {
    applications = [];
    const user = userEvent.setup();
    renderPage();
    const form = (await screen.findByRole('heading', { name: 'Apply with your library’s team' })).closest('section') as HTMLElement;
    await user.type(within(form).getByLabelText(/^Library/), 'Juniper Street Branch Library');
    await user.type(within(form).getByLabelText(/^City/), 'Tucson');
    await user.type(within(form).getByLabelText(/^State/), 'az');
    await user.type(within(form).getByLabelText(/^Which community challenge/), 'Food access');
    await user.type(within(form).getByLabelText(/^Team members/), 'Ana, ana@library.example{enter}Ben, ben@library.example');
    await user.click(within(form).getByRole('button', { name: 'Send the application' }));
    expect(await within(form).findByText(/Your application is in/)).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      libraryName: 'Juniper Street Branch Library',
      city: 'Tucson',
      state: 'AZ',
      answers: ['Food access'],
      members: [
        { name: 'Ana', email: 'ana@library.example' },
        { name: 'Ben', email: 'ben@library.example' },
      ],
    });
  });

  it("shows a selected team its progress table", async () => {
    applications = [selected];
    renderPage();
    const table = await screen.findByRole('table', { name: 'Team progress through the cohort’s sessions' });
    expect(within(table).getByRole('columnheader', { name: 'Team session 1' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Ana/ }).textContent).toContain('Completed');
  });
});

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RegistryEntry } from '../api/types';
import { AuthProvider } from '../app/auth';
import { RegistryPage } from './RegistryPage';

const entry: RegistryEntry = {
  id: 'e1',
  program: 'dia',
  programTitle: 'Día',
  title: 'Día family story time',
  date: '2031-04-30',
  libraryName: 'Juniper Street Branch Library',
  city: 'Tucson',
  state: 'AZ',
  audience: 'Children and families',
  languages: ['English', 'Spanish'],
  description: 'Bilingual stories and songs.',
  contactEmail: 'programs@library.example',
  publishedAt: '2026-12-01T10:00:00.000Z',
};
const calls: string[] = [];
const originalFetch = globalThis.fetch;

beforeEach(() => {
  calls.length = 0;
  globalThis.fetch = (async (url: string) => {
    calls.push(url);
    const reply = (status: number, json?: unknown) => ({ ok: status < 300, status, statusText: '', json: async () => json, text: async () => JSON.stringify(json) }) as Response;
    if (url.startsWith('/api/v1/registry?')) return reply(200, { items: [entry], page: { total: 1, limit: 50, offset: 0 } });
    return reply(401, { title: 'Unauthorized', status: 401 });
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('RegistryPage', () => {
  it('lists published programs and searches with the filters, keeping the export links in step', async () => {
    const user = userEvent.setup();
    render(
      <AuthProvider>
        <RegistryPage />
      </AuthProvider>,
    );
    const results = await screen.findByRole('region', { name: '1 program' });
    expect(within(results).getByRole('article', { name: entry.title })).toBeTruthy();
    expect(within(results).getByRole('link', { name: entry.contactEmail }).getAttribute('href')).toBe(`mailto:${entry.contactEmail}`);
    const search = screen.getByRole('search', { name: 'Search the registry' });
    await user.type(within(search).getByLabelText('State'), 'az');
    await user.type(within(search).getByLabelText('Language'), 'Spanish');
    await user.click(within(search).getByRole('button', { name: 'Search' }));
    await screen.findByRole('region', { name: '1 program' });
    expect(calls.at(-1)).toBe('/api/v1/registry?limit=50&state=AZ&language=Spanish');
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/v1/registry/export?format=csv&state=AZ&language=Spanish');
    // Signed out: an invitation to sign in instead of the submission form.
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Fregistry');
    expect(screen.queryByRole('button', { name: 'Submit for review' })).toBeNull();
  });
});

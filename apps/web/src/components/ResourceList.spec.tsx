import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { Resource } from '../api/types';
import { ResourceList } from './ResourceList';

const resource = (overrides: Partial<Resource>): Resource => ({
  id: 'r1',
  slug: 'dia-booklists',
  title: 'Día booklists',
  description: 'Booklists for Día programs.',
  kind: 'BOOKLIST',
  url: null,
  audience: "Children's library staff",
  libraryTypes: [],
  program: 'dia',
  session: null,
  file: null,
  ...overrides,
});
const calls: string[] = [];
const originalFetch = globalThis.fetch;
let items: Resource[] = [];

beforeEach(() => {
  calls.length = 0;
  globalThis.fetch = (async (url: string) => {
    calls.push(url);
    return { ok: true, status: 200, statusText: '', json: async () => ({ items, page: { total: items.length, limit: 50, offset: 0 } }) } as Response;
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('ResourceList', () => {
  it("lists a program's resources: a download for a file, a link for a URL, and a plain note otherwise", async () => {
    items = [
      resource({}),
      resource({ id: 'r2', slug: 'guide', title: 'Conversation guide', kind: 'CONVERSATION_GUIDE', file: { name: 'guide.pdf', mediaType: 'application/pdf', size: 48_213, sha256: 'x', downloadPath: '/api/v1/resources/guide/file' } }),
      resource({ id: 'r3', slug: 'recordings', title: 'Webinar recordings', kind: 'RECORDING', url: 'https://example.org/learn' }),
    ];
    render(<ResourceList program="dia" />);
    const section = await screen.findByRole('region', { name: 'Resources' });
    expect(calls[0]).toBe('/api/v1/resources?limit=50&program=dia');
    const guide = await within(section).findByRole('article', { name: 'Conversation guide' });
    expect(within(guide).getByRole('link', { name: 'Download guide.pdf (47 KB)' }).getAttribute('href')).toBe('/api/v1/resources/guide/file');
    expect(within(section).getByRole('link', { name: 'Open Webinar recordings' }).getAttribute('href')).toBe('https://example.org/learn');
    const booklist = within(section).getByRole('article', { name: 'Día booklists' });
    expect(within(booklist).getByText('Booklist · Children\'s library staff')).toBeTruthy();
    expect(within(booklist).queryByRole('link')).toBeNull();
  });

  it('shows nothing when there are no resources', async () => {
    items = [];
    const { container } = render(<ResourceList session="webinar-1" />);
    await waitFor(() => expect(calls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls[0]).toBe('/api/v1/resources?limit=50&session=webinar-1');
    expect(container.textContent).toBe('');
  });
});

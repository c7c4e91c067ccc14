import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RegistrySubmission } from '../../api/types';
import { AdminRegistryPage } from './AdminRegistryPage';
import { type RecordedCall, scriptFetch } from '../../testing/scripted-fetch';

const submission: RegistrySubmission = {
  id: '6f1c2d3e-1111-4222-8333-444455556666',
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
  publishedAt: null,
  status: 'PENDING',
  reviewNote: null,
  reviewedAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
};
const calls: RecordedCall[] = [];
const originalFetch = globalThis.fetch;

beforeEach(() => {
  calls.length = 0;
  scriptFetch(calls, ({ url, body: sent }) => {
    const body = sent as Record<string, unknown> | undefined;
    const reply = (status: number, json?: unknown) => ({ status, body: json });
    if (url.startsWith('/api/v1/admin/registry-submissions?')) return reply(200, { items: [submission], page: { total: 1, limit: 100, offset: 0 } });
    if (url.endsWith('/decision') && body?.decision === 'reject' && !body.note) {
      return reply(409, { title: 'Conflict', status: 409, detail: 'rejecting needs a note saying why', errors: [{ field: 'note', rule: 'review', message: 'rejecting needs a note saying why' }] });
    }
    if (url.endsWith('/decision')) return reply(200, { ...submission, status: body?.decision === 'publish' ? 'PUBLISHED' : 'REJECTED' });
    return reply(404, { title: 'Not Found', status: 404 });
  });
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('AdminRegistryPage', () => {
  it('publishes a pending submission with one click', async () => {
    const user = userEvent.setup();
    render(<AdminRegistryPage />);
    const card = await screen.findByRole('article', { name: submission.title });
    expect(within(card).getByText(/Juniper Street Branch Library, Tucson, AZ/)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Publish' }));
    expect(await within(card).findByText('Published. The library will be told.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({ url: `/api/v1/admin/registry-submissions/${submission.id}/decision`, body: { decision: 'publish' } });
  });

  it('shows the API’s reason next to the note when a rejection has none, then rejects with one', async () => {
    const user = userEvent.setup();
    render(<AdminRegistryPage />);
    const card = await screen.findByRole('article', { name: submission.title });
    await user.click(within(card).getByRole('button', { name: 'Reject' }));
    expect(await within(card).findAllByText('rejecting needs a note saying why')).not.toHaveLength(0);
    await user.type(within(card).getByLabelText(/^Note to the library/), 'This is not a library program.');
    await user.click(within(card).getByRole('button', { name: 'Reject' }));
    expect(await within(card).findByText('Rejected. The library will be told why.')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').at(-1)?.body).toEqual({ decision: 'reject', note: 'This is not a library program.' });
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type RecordedCall, scriptFetch } from '../../testing/scripted-fetch';
import { AdminPeoplePage } from './AdminPeoplePage';

const calls: RecordedCall[] = [];

const ADA = {
  id: '0b5f6a5e-1d1e-4f43-9a55-0d7d1e1f2a3b',
  email: 'ada@library.example',
  displayName: 'Ada Reyes',
  role: 'LEARNER',
  emailVerifiedAt: null,
  disabledAt: null,
  deletedAt: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  activeSessions: 2,
  lastSignInAt: '2026-12-01T09:30:00.000Z',
};

/** Answers the list for GETs and 204 for the erasure; records every call. */
const serve = (people: object[]) =>
  scriptFetch(calls, ({ method }) => ({ status: method === 'DELETE' ? 204 : 200, body: { items: people, page: { total: people.length, limit: 50, offset: 0 } } }));

afterEach(() => {
  cleanup();
  calls.length = 0;
});

describe('admin people page', () => {
  it('lists people with their verification and sign-in state, and searches by name or address', async () => {
    serve([ADA]);
    render(<AdminPeoplePage />);
    const row = (await screen.findByText('ada@library.example')).closest('tr') as HTMLElement;
    expect(within(row).getByText('not verified')).toBeTruthy();
    expect(within(row).getByText(/2 session\(s\), last/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name or e-mail'), { target: { value: 'reyes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(calls.at(-1)?.url).toBe('/api/v1/admin/learners?limit=50&q=reyes'));
  });

  it('erases a learner only with the reason for the audit record', async () => {
    serve([ADA]);
    render(<AdminPeoplePage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Erase Ada Reyes…' }));
    const confirm = screen.getByRole('button', { name: 'Erase for good' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/The learner’s request/), { target: { value: 'Asked by e-mail' } });
    fireEvent.click(confirm);
    expect(await screen.findByText('Ada Reyes’s personal data has been erased.')).toBeTruthy();
    expect(calls).toContainEqual({ method: 'DELETE', url: `/api/v1/admin/learners/${ADA.id}`, body: { reason: 'Asked by e-mail' } });
  });
});

import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionSummary } from '../../api/types';
import { SessionCompletionForm } from './SessionCompletionForm';

const originalFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

const session = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'part-1',
  title: 'Part 1',
  completion: { recordingCompletion: 'WATCHED_TIME_ONLY', attendanceMinMinutes: null, attendanceMinPercent: null },
} as SessionSummary;

const reply = (status: number, body: unknown) => ({ ok: status < 400, status, statusText: '', json: async () => body }) as Response;

describe('SessionCompletionForm', () => {
  it('shows the current Zoom id and rules, and saves the changed ones', async () => {
    const patches: unknown[] = [];
    globalThis.fetch = (async (_url: string, init?: RequestInit) => {
      if (init?.method === 'PATCH') patches.push(JSON.parse(String(init.body)));
      return reply(200, { ...session, zoomMeetingId: '81234567890', completion: { recordingCompletion: 'WATCHED_TIME_ONLY', attendanceMinMinutes: 45, attendanceMinPercent: null } });
    }) as typeof fetch;
    render(<SessionCompletionForm session={session} />);
    const zoom = screen.getByLabelText(/Zoom webinar or meeting id/);
    await waitFor(() => expect((zoom as HTMLInputElement).value).toBe('81234567890'));
    expect((screen.getByLabelText(/Live attendance that counts/) as HTMLInputElement).value).toBe('45');
    await userEvent.selectOptions(screen.getByLabelText('Recording counts from'), 'SELF_REPORT_ALLOWED');
    await userEvent.clear(screen.getByLabelText(/Live attendance that counts/));
    await userEvent.type(screen.getByLabelText(/share of the scheduled length/), '75');
    await userEvent.click(screen.getByRole('button', { name: /Save completion rules/ }));
    await screen.findByText('Completion rules saved.');
    expect(patches).toEqual([{ zoomMeetingId: '81234567890', attendanceMinMinutes: null, attendanceMinPercent: 75, recordingCompletion: 'SELF_REPORT_ALLOWED' }]);
  });

  it('shows the API’s complaint beside the Zoom id field', async () => {
    globalThis.fetch = (async (_url: string, init?: RequestInit) =>
      init?.method === 'PATCH'
        ? reply(409, { title: 'Conflict', status: 409, detail: 'taken', errors: [{ field: 'zoomMeetingId', rule: 'unique', message: 'another session already uses this Zoom webinar or meeting id' }] })
        : reply(200, { ...session, zoomMeetingId: null })) as typeof fetch;
    render(<SessionCompletionForm session={session} />);
    await userEvent.type(screen.getByLabelText(/Zoom webinar or meeting id/), '81234567890');
    await userEvent.click(screen.getByRole('button', { name: /Save completion rules/ }));
    expect(await screen.findByText('another session already uses this Zoom webinar or meeting id')).toBeTruthy();
  });
});

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AttendanceImportReport } from '../../api/types';
import { AdminAttendancePage } from './AdminAttendancePage';

const preview: AttendanceImportReport = {
  format: 'zoom-webinar',
  formatName: 'Zoom webinar attendee report',
  section: 'Attendee Details',
  encoding: 'utf-8',
  importId: null,
  dryRun: true,
  atomic: false,
  applied: false,
  totalRecords: 6,
  absentRecords: 1,
  staffRecords: 2,
  validLearners: 2,
  errors: [{ line: 19, field: 'email', rule: 'isEmail', message: 'email "typo.person@" is not a valid address' }],
  recorded: 2,
  unchanged: 0,
  newlyCompleted: 2,
  unlocked: 0,
  held: 0,
  pendingCount: 1,
  pending: [{ line: 18, email: 'nadia.new@newcomers.example', name: 'Nadia New', minutesAttended: 56 }],
  pendingRecorded: 1,
};
const calls: { url: string; method: string; body: unknown; contentType?: string }[] = [];
const originalFetch = globalThis.fetch;

beforeEach(() => {
  calls.length = 0;
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({ url, method: init.method ?? 'GET', body: init.body, contentType: headers['content-type'] });
    const reply = (status: number, json?: unknown) => ({ ok: status < 300, status, statusText: '', json: async () => json, text: async () => JSON.stringify(json) }) as Response;
    if (url.startsWith('/api/v1/programs?')) return reply(200, { items: [{ slug: 'dialogue', title: 'Dialogue facilitation' }], total: 1, nextCursor: null });
    if (url === '/api/v1/programs/dialogue') return reply(200, { slug: 'dialogue', title: 'Dialogue facilitation', sessions: [{ slug: 'part-1', title: 'Part 1' }] });
    if (url.includes('/attendance-imports?dryRun=true')) return reply(200, preview);
    if (url.includes('/attendance-imports?dryRun=false')) return reply(200, { ...preview, dryRun: false, applied: true, importId: 'f0e1d2c3-0000-4000-8000-000000000001' });
    return reply(404, { title: 'Not Found', status: 404 });
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

async function chooseSession(user: ReturnType<typeof userEvent.setup>) {
  render(<AdminAttendancePage />);
  await screen.findByRole('option', { name: 'Dialogue facilitation' });
  await user.selectOptions(screen.getByLabelText(/^Program/), 'dialogue');
  await screen.findByRole('option', { name: 'Part 1' });
  await user.selectOptions(screen.getByLabelText(/^Session/), 'part-1');
}

describe('AdminAttendancePage', () => {
  it('uploads the report file as downloaded and shows the detected format, the pending addresses and the row problems', async () => {
    const user = userEvent.setup();
    await chooseSession(user);
    const file = new File(['Attendee Report,\r\n'], 'zoom-webinar.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Attendance report file'), file);
    await user.click(screen.getByRole('button', { name: 'Preview (dry run)' }));

    const report = await screen.findByRole('region', { name: 'Preview' });
    expect(within(report).getByText('Zoom webinar attendee report (section “Attendee Details”)')).toBeTruthy();
    const pending = within(report).getByRole('region', { name: 'Attendees without an account' });
    expect(within(pending).getByRole('cell', { name: 'nadia.new@newcomers.example' })).toBeTruthy();
    const problems = within(report).getByRole('region', { name: 'Rows with problems' });
    expect(within(problems).getByRole('cell', { name: 'email "typo.person@" is not a valid address' })).toBeTruthy();
    const upload = calls.find((call) => call.method === 'POST');
    expect(upload).toMatchObject({ url: '/api/v1/admin/sessions/part-1/attendance-imports?dryRun=true', contentType: 'text/csv' });
    expect(upload?.body).toBe(file);

    await user.click(within(report).getByRole('button', { name: 'Apply: 2 learners, 1 pending address' }));
    expect(await screen.findByText(/1 kept until someone registers with that address/)).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      '/api/v1/admin/sessions/part-1/attendance-imports?dryRun=true',
      '/api/v1/admin/sessions/part-1/attendance-imports?dryRun=false',
    ]);
  });

  it('sends pasted text when no file is chosen', async () => {
    const user = userEvent.setup();
    await chooseSession(user);
    await user.type(screen.getByLabelText(/paste the CSV/), 'email,minutes{enter}ada@example.org,60');
    await user.click(screen.getByRole('button', { name: 'Preview (dry run)' }));
    await screen.findByRole('region', { name: 'Preview' });
    expect(calls.find((call) => call.method === 'POST')?.body).toBe('email,minutes\nada@example.org,60');
  });
});

import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TranscriptDownloads } from './TranscriptDownloads';

const CSV = 'completed_on,session,title,program,series,source,credit_hours\r\n2026-01-06,part-2,Part 2,LTC,,RECORDING_VIEWED,1.5\r\n';
const originalFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('TranscriptDownloads', () => {
  it('fetches the export in the chosen format and saves it under its file name', async () => {
    const requested: string[] = [];
    globalThis.fetch = (async (url: string) => {
      requested.push(url);
      return { ok: true, status: 200, statusText: '', text: async () => CSV, json: async () => ({}) } as Response;
    }) as typeof fetch;
    const saved: [string, string, string][] = [];
    render(<TranscriptDownloads save={(...file) => saved.push(file)} />);
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(requested).toEqual(['/api/v1/me/transcript/export?format=csv']);
    expect(saved[0]).toEqual(['stacks-transcript.csv', CSV, 'text/csv']);
  });

  it('shows the problem when the export fails', async () => {
    globalThis.fetch = (async () =>
      ({ ok: false, status: 400, statusText: 'Bad Request', json: async () => ({ title: 'Your request has invalid fields', status: 400, detail: 'format must be csv or json' }) }) as Response) as typeof fetch;
    render(<TranscriptDownloads save={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: /JSON/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not download your transcript');
  });
});

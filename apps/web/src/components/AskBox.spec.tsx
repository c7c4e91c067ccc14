import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AskBox } from './AskBox';

const ID = '3f1e2d4c-5b6a-4789-8abc-def012345678';
const calls: { url: string; method: string; body?: unknown; headers: Record<string, string> }[] = [];
const originalFetch = globalThis.fetch;

/** The API as the box sees it: /ask answers, /ask/{id}/rating records (204), anything else is a 400 problem. */
beforeEach(() => {
  calls.length = 0;
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const body = init.body ? JSON.parse(init.body as string) : undefined;
    calls.push({ url, method: init.method ?? 'GET', body, headers: init.headers as Record<string, string> });
    const reply = (status: number, json?: unknown) =>
      ({ ok: status < 300, status, statusText: '', headers: new Headers({ 'content-type': 'application/json' }), json: async () => json, text: async () => JSON.stringify(json) }) as Response;
    if (url === '/api/v1/ask') {
      return body.question === 'boom'
        ? reply(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'question is too long', errors: [{ field: 'question', rule: 'maxLength', message: 'question must be at most 500 characters' }] })
        : reply(200, {
            id: ID,
            answer: 'Libraries Transforming Communities (LTC) is funded by Bill & Melinda Gates Foundation.',
            sources: [{ title: 'Libraries Transforming Communities', url: 'https://www.ala.org/ltc' }],
            confidence: 0.91,
          });
    }
    if (url === `/api/v1/ask/${ID}/rating`) return reply(204);
    return reply(404, { title: 'Not Found', status: 404 });
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('AskBox', () => {
  it('asks POST /api/v1/ask, shows the answer with titled source links, and sends a 👎 rating for it', async () => {
    const user = userEvent.setup();
    render(<AskBox />);
    expect((screen.getByRole('button', { name: 'Ask' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText(/Your question/), 'Who funds LTC?');
    await user.click(screen.getByRole('button', { name: 'Ask' }));

    expect(await screen.findByText(/funded by Bill & Melinda Gates Foundation/)).toBeTruthy();
    expect(calls[0]).toMatchObject({ url: '/api/v1/ask', method: 'POST', body: { question: 'Who funds LTC?' }, headers: { 'x-stacks-client': 'web' } });
    const link = screen.getByRole('link', { name: 'Libraries Transforming Communities' });
    expect(link.getAttribute('href')).toBe('https://www.ala.org/ltc');

    await user.click(screen.getByRole('button', { name: /Not helpful/ }));
    expect(await screen.findByText(/Thanks: your rating helps/)).toBeTruthy();
    expect(calls[1]).toMatchObject({ url: `/api/v1/ask/${ID}/rating`, method: 'POST', body: { rating: 'down' } });
    expect(screen.getByRole('button', { name: /Not helpful/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the problem the API names when the question is refused', async () => {
    const user = userEvent.setup();
    render(<AskBox />);
    await user.type(screen.getByLabelText(/Your question/), 'boom');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('question must be at most 500 characters');
    expect(screen.queryByRole('group', { name: /helpful/ })).toBeNull();
  });
});

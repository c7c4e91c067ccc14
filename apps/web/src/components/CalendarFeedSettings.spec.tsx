import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CalendarFeedSettings } from './CalendarFeedSettings';

const URL_1 = 'https://stacks.example.org/api/v1/calendar/feeds/Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM/stacks.ics';
const URL_2 = 'https://stacks.example.org/api/v1/calendar/feeds/U2Vjb25kVG9rZW5Gb3JBVGVzdDAxMjM0NTY3ODkwMTI/stacks.ics';

/** A stand-in for the three /me/calendar-feed routes, keeping state like the API does. */
function network() {
  const calls: string[] = [];
  let subscribed = false;
  let made = 0;
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push(`${method} ${url.replace('/api/v1', '')}`);
    let status = 200;
    let body: unknown;
    if (method === 'POST') {
      subscribed = true;
      made += 1;
      const feedUrl = made === 1 ? URL_1 : URL_2;
      status = 201;
      body = { url: feedUrl, webcalUrl: feedUrl.replace('https:', 'webcal:'), createdAt: '2026-12-02T06:00:00.000Z' };
    } else if (method === 'DELETE') {
      subscribed = false;
      status = 204;
    } else {
      body = { subscribed, createdAt: subscribed ? '2026-12-02T06:00:00.000Z' : null };
    }
    return { ok: true, status, statusText: '', json: async () => body, text: async () => (body === undefined ? '' : JSON.stringify(body)) } as Response;
  }) as typeof fetch;
  return calls;
}

const originalFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('CalendarFeedSettings', () => {
  it('makes a private feed URL, shows it once with a webcal link, replaces it, and turns it off', async () => {
    const calls = network();
    render(<CalendarFeedSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Make my feed URL' }));

    const field = await screen.findByLabelText(/Your private feed URL/);
    expect((field as HTMLInputElement).value).toBe(URL_1);
    expect(screen.getByRole('link', { name: 'Open in my calendar app' }).getAttribute('href')).toBe(URL_1.replace('https:', 'webcal:'));

    await userEvent.click(await screen.findByRole('button', { name: 'Make a new feed URL' }));
    expect(((await screen.findByDisplayValue(URL_2)) as HTMLInputElement).value).toBe(URL_2);

    await userEvent.click(screen.getByRole('button', { name: 'Turn off the feed' }));
    expect(await screen.findByRole('button', { name: 'Make my feed URL' })).toBeTruthy();
    expect(screen.queryByLabelText(/Your private feed URL/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Turn off the feed' })).toBeNull();
    expect(calls).toEqual(['GET /me/calendar-feed', 'POST /me/calendar-feed', 'GET /me/calendar-feed', 'POST /me/calendar-feed', 'GET /me/calendar-feed', 'DELETE /me/calendar-feed', 'GET /me/calendar-feed']);
  });

  it('says when the feed could not be made', async () => {
    globalThis.fetch = (async (_url: string, init: RequestInit = {}) => {
      if ((init.method ?? 'GET') === 'POST') {
        const problem = { type: 'about:blank', title: 'Too many requests', status: 429, detail: 'Too many attempts; wait and try again' };
        return { ok: false, status: 429, statusText: 'Too Many Requests', headers: new Headers({ 'content-type': 'application/problem+json' }), json: async () => problem, text: async () => JSON.stringify(problem) } as Response;
      }
      const body = { subscribed: false, createdAt: null };
      return { ok: true, status: 200, statusText: '', json: async () => body, text: async () => JSON.stringify(body) } as Response;
    }) as typeof fetch;
    render(<CalendarFeedSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Make my feed URL' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The calendar subscription could not be changed');
  });
});

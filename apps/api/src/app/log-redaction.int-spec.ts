import { generateFeedToken } from '@stacks/calendar';
import { notificationLinkSecret, signUnsubscribeToken } from '@stacks/notifications';
import { AppProcess, freePort, PROCESS_SETUP_TIMEOUT_MS } from '@stacks/test-processes';
import { randomUUID } from 'node:crypto';

/**
 * The real API process at info level: a request URL carrying an unsubscribe token (or any other
 * secret query parameter) is logged, but the secret is not, in any line the process writes.
 */
describe('secrets in request URLs stay out of the API log', () => {
  let api: AppProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = new AppProcess('apps/api/src/main.ts', { LOG_LEVEL: 'info', API_PORT: String(port), API_HOST: '127.0.0.1' }).start();
    await api.waitForHealth(`${base}/health`);
  }, PROCESS_SETUP_TIMEOUT_MS);
  afterAll(() => api?.stop());

  it('logs the request with [redacted] in place of the token', async () => {
    const token = signUnsubscribeToken(randomUUID(), notificationLinkSecret(undefined, 'development'), new Date(Date.now() + 86_400_000));
    const secretOfOtherKind = `code-that-must-not-leak-${randomUUID()}`;
    const query = `token=${encodeURIComponent(token)}`;
    expect((await fetch(`${base}/api/v1/notifications/unsubscribe?${query}`)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/notifications/unsubscribe?${query}`, { method: 'POST' })).status).toBeLessThan(500);
    expect((await fetch(`${base}/api/v1/no-such-route?code=${secretOfOtherKind}&page=2`)).status).toBe(404);
    const feedToken = generateFeedToken();
    expect((await fetch(`${base}/api/v1/calendar/feeds/${feedToken}/stacks.ics`)).status).toBe(404);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const logs = api.output.join('');
    expect(logs).toContain('/api/v1/notifications/unsubscribe?token=[redacted]');
    expect(logs).toContain('/api/v1/no-such-route?code=[redacted]&page=2');
    expect(logs).toContain('/api/v1/calendar/feeds/[redacted]/stacks.ics');
    for (const secret of [token, encodeURIComponent(token), token.split('.')[2], secretOfOtherKind, feedToken]) expect(logs).not.toContain(secret);
  }, 30_000);
});

import { generateFeedToken } from '@stacks/calendar';
import { notificationLinkSecret, signUnsubscribeToken } from '@stacks/notifications';
import { AppProcess, freePort, PROCESS_SETUP_TIMEOUT_MS } from '@stacks/test-processes';
import { randomUUID } from 'node:crypto';
import { CookieJar, TestOpenIdProvider } from '../testing/openid-provider.js';

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

/** A whole single sign-on over real HTTP: none of its secrets (code, state, handle, one-time code, tokens) reach the log. */
describe('single sign-on secrets stay out of the API log', () => {
  let api: AppProcess;
  let base: string;
  let provider: TestOpenIdProvider;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    provider = await new TestOpenIdProvider().start(base);
    api = new AppProcess('apps/api/src/main.ts', { LOG_LEVEL: 'info', API_PORT: String(port), API_HOST: '127.0.0.1', PUBLIC_BASE_URL: base, ...provider.settings() }).start();
    await api.waitForHealth(`${base}/health`);
  }, PROCESS_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await api?.stop();
    await provider?.stop();
  });

  it('logs the sign-in requests with every secret redacted', async () => {
    const member = provider.addAccount({ sub: randomUUID(), email: `logged-${randomUUID().slice(0, 8)}@association.example`, email_verified: true });
    provider.signInAs = member.sub;
    const apiJar = new CookieJar();
    const providerJar = new CookieJar();
    const started = await fetch(`${base}/api/v1/auth/oidc/start`, { redirect: 'manual' });
    apiJar.take(started.headers.getSetCookie());
    let url = started.headers.get('location') as string;
    const state = new URL(url).searchParams.get('state') as string;
    while (url.startsWith(provider.issuer)) {
      const hop = await fetch(url, { redirect: 'manual', headers: { cookie: providerJar.header } });
      providerJar.take(hop.headers.getSetCookie());
      url = new URL(hop.headers.get('location') as string, url).toString();
    }
    const code = new URL(url).searchParams.get('code') as string;
    const landed = await fetch(url, { redirect: 'manual', headers: { cookie: apiJar.header } });
    const token = new URLSearchParams(new URL(landed.headers.get('location') as string).hash.slice(1)).get('token') as string;
    const redeemed = await fetch(`${base}/api/v1/auth/oidc/session`, {
      method: 'POST',
      headers: { cookie: apiJar.header, 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(redeemed.status).toBe(200);
    const { accessToken, refreshToken } = (await redeemed.json()) as { accessToken: string; refreshToken: string };

    await new Promise((resolve) => setTimeout(resolve, 300));
    const logs = api.output.join('');
    expect(logs).toContain('/api/v1/auth/oidc/callback?code=[redacted]');
    for (const secret of [code, state, apiJar.get('stacks_sso') as string, token, accessToken, refreshToken]) expect(logs).not.toContain(secret);
  }, 60_000);
});

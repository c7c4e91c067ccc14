import { startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * The log-in limit counts per client address. That address comes from X-Forwarded-For only when
 * the TCP peer is a configured proxy (TRUSTED_PROXIES); otherwise rotating the header would buy an
 * attacker a fresh allowance per request. The per-account lockout (auth.int-spec.ts) is set out of
 * reach here, so that only the per-client limit answers.
 */
describe('the client address behind proxies', () => {
  const LIMIT = 3;
  const attempts = async (app: TestApp, remoteAddress: string, forwardedFor: (attempt: number) => string) => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 2; attempt += 1) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { 'x-forwarded-for': forwardedFor(attempt) },
        payload: { email: 'nobody@test.example', password: 'guess-password' },
      });
      statuses.push(response.statusCode);
    }
    return statuses;
  };

  describe('with no trusted proxies (the default)', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT), SIGN_IN_FAILURES_BEFORE_LOCKOUT: '100', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-untrusted-peer` });
    });
    afterAll(() => app.close());

    it('ignores a rotating X-Forwarded-For: the limiter still sees the peer and answers 429', async () => {
      const statuses = await attempts(app, '203.0.113.9', (attempt) => `198.51.100.${attempt + 1}`);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });
  });

  describe('with TRUSTED_PROXIES naming the peer', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({
        LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT),
        SIGN_IN_FAILURES_BEFORE_LOCKOUT: '100',
        TRUSTED_PROXIES: '10.0.0.0/8',
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-trusted-proxy`,
      });
    });
    afterAll(() => app.close());

    it('counts each forwarded client separately', async () => {
      const statuses = await attempts(app, '10.1.2.3', (attempt) => `198.51.100.${attempt + 1}`);
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
    });

    it('still limits a forwarded client that keeps its address', async () => {
      const statuses = await attempts(app, '10.1.2.4', () => '198.51.100.200');
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });

    it('does not believe the header from a peer outside the list', async () => {
      const statuses = await attempts(app, '203.0.113.77', (attempt) => `198.51.100.${attempt + 100}`);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });
  });
});

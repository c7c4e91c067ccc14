import { createScratchDatabase, type DisposableDatabase } from '@stacks/db/testing';
import { AppProcess, freePort, PROCESS_SETUP_TIMEOUT_MS } from '@stacks/test-processes';
import pg from 'pg';

/**
 * The real API process (main.ts) at info level, with a database password and a JWT secret we
 * know, on a scratch database we then break on purpose so a request fails inside the server.
 * Neither the 500 nor anything the process logs may carry a secret, a stack trace or SQL.
 */
describe('internal errors and logs keep secrets and internals out', () => {
  const DATABASE_PASSWORD = 'db-password-that-must-not-leak';
  const JWT_SECRET = 'jwt-secret-that-must-not-leak-0123456789abcdef';
  const LEARNER_PASSWORD = 'learner-passphrase-that-must-not-leak';
  let database: DisposableDatabase;
  let api: AppProcess;
  let base: string;

  beforeAll(async () => {
    database = await createScratchDatabase('secrets', { migrate: true });
    // Trust authentication ignores the password, so the URL carries one without needing a role.
    const url = new URL(database.url);
    url.password = DATABASE_PASSWORD;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = new AppProcess('apps/api/src/main.ts', {
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      DATABASE_URL: url.toString(),
      JWT_ACCESS_SECRET: JWT_SECRET,
    }).start();
    await api.waitForHealth(`${base}/health`);
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  }, 30_000);

  it('answers a failure inside the server with a bare 500 problem, and logs it without secrets', async () => {
    const email = `secrets-${Date.now()}@test.example`;
    const registered = await fetch(`${base}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: LEARNER_PASSWORD, displayName: 'Secret keeper' }),
    });
    expect(registered.status).toBe(202);
    const signedIn = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: LEARNER_PASSWORD }),
    });
    const { accessToken, refreshToken } = (await signedIn.json()) as { accessToken: string; refreshToken: string };

    // Break the schema under the running server: the transcript query now fails in PostgreSQL.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('ALTER TABLE "SessionCompletion" RENAME TO "SessionCompletionGone"');
    await client.end();

    const failed = await fetch(`${base}/api/v1/me/transcript`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await failed.text();
    expect(JSON.parse(body)).toMatchObject({ status: 500, title: expect.any(String), requestId: expect.any(String) });
    expect(body).not.toMatch(/SessionCompletion|relation|SELECT|prisma|postgres|\bat \S+ \(|\.ts:\d+/i);

    // The failure was logged (operators need it), and no secret is anywhere in the process's output.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const logs = api.output.join('');
    expect(logs).toContain('request failed');
    for (const secret of [DATABASE_PASSWORD, JWT_SECRET, LEARNER_PASSWORD, accessToken, refreshToken]) expect(logs).not.toContain(secret);
  }, 30_000);

  it('logs requests as one line each without response headers, health probes or query-string tokens', async () => {
    const UNSUBSCRIBE_TOKEN = 'unsubscribe-token-that-must-not-leak';
    const before = api.output.join('').length;
    for (const path of ['/health', '/health/ready', `/api/v1/notifications/unsubscribe?token=${UNSUBSCRIBE_TOKEN}`, '/api/v1/programs?q=dialogue', '/.well-known/did.json']) await fetch(`${base}${path}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = api.output.join('').slice(before).split('\n').filter((line) => line.startsWith('{'));
    const requests = lines.map((line) => JSON.parse(line) as { req?: { url: string }; res?: Record<string, unknown> }).filter((line) => line.req && line.res);
    expect(requests.map((line) => line.req?.url)).toEqual(['/api/v1/notifications/unsubscribe?token=[redacted]', '/api/v1/programs?q=dialogue', '/.well-known/did.json']);
    for (const line of requests) expect(Object.keys(line.res ?? {})).toEqual(['statusCode']);
    expect(lines.join('\n')).not.toContain(UNSUBSCRIBE_TOKEN);
  }, 30_000);
});

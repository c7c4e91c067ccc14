import { startTestApp, type TestApp } from '../testing/test-app.js';

describe('security defaults', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://learn.example.org, https://admin.example.org', BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(() => app.close());

  it('sends hardening headers on every response', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/programs' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers CORS only for the configured origins', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/api/v1/me',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight('https://learn.example.org');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://learn.example.org');
    expect(String(allowed.headers['access-control-allow-headers'])).toContain('authorization');
    const foreign = await preflight('https://evil.example.com');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over the limit with a problem, not a crash', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'big@example.org', password: 'x'.repeat(4096), displayName: 'Big' }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('never shows a stack trace or internal detail in an error', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
  });

  it('answers an over-long path parameter with a problem naming the rule', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/v1/programs/${'a'.repeat(500)}` });
    expect(response.statusCode).toBe(414);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors[0]).toMatchObject({ field: 'path', rule: 'maxLength' });
  });

  it('refuses text that is not well-formed Unicode, naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"\\ud800@example.org","password":"a-long-enough-password","displayName":"X"}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'email', rule: 'isWellFormed' });
  });
});

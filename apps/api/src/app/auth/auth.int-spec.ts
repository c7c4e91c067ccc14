import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner } from '../../testing/accounts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('accounts and sessions', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
  });
  afterAll(() => app.close());

  it('registers a learner with an argon2id hash and signs them in', async () => {
    const learner = await registerLearner(app, 'Ada');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: learner.auth });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: learner.email, role: 'LEARNER', displayName: 'Ada' });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: learner.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(me.body).not.toContain('passwordHash');
  });

  it('rejects a second account with the same email (any case) with 409 naming the field', async () => {
    const learner = await registerLearner(app, 'Grace');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: learner.email.toUpperCase(), password: 'another-long-password', displayName: 'Copy' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'email', rule: 'unique', message: 'email is already registered' }]);
  });

  it('rejects bad registrations field by field and writes nothing', async () => {
    const before = await prisma.user.count();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'not-an-email', password: 'short', displayName: '', isAdmin: true, profile: { timeZone: 'Mars/Olympus' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const rules = response.json().errors.map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining(['email:isEmail', 'password:isLength', 'displayName:isLength', 'isAdmin:unknownField', 'profile.timeZone:isTimeZone']),
    );
    expect(await prisma.user.count()).toBe(before);
  });

  it('answers 401 with the same message for a wrong password and an unknown email', async () => {
    const learner = await registerLearner(app, 'Lin');
    const wrongPassword = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: learner.email, password: 'wrong-password-here' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@test.example', password: 'whatever-password' } });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrongPassword.json().detail).toBe(unknown.json().detail);
  });

  it('rotates refresh tokens, and reusing an old one revokes the whole session', async () => {
    const learner = await registerLearner(app, 'Rotator');
    const first = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: learner.refreshToken } });
    expect(first.statusCode).toBe(200);
    const rotated = first.json();
    expect(rotated.refreshToken).not.toBe(learner.refreshToken);

    const reuse = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: learner.refreshToken } });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().type).toMatch(/refresh-token-reused$/);
    const afterReuse = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: rotated.refreshToken } });
    expect(afterReuse.statusCode).toBe(401);
    const access = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${rotated.accessToken}` } });
    expect(access.statusCode).toBe(401);
  });

  it('logout revokes the access token immediately', async () => {
    const learner = await registerLearner(app, 'Leaver');
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: learner.auth })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: learner.auth })).statusCode).toBe(401);
  });

  it('rejects missing, malformed and forged tokens with 401 problem+json', async () => {
    for (const authorization of [undefined, 'Bearer', 'Basic abc', 'Bearer not.a.jwt', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.']) {
      const response = await app.inject({ method: 'GET', url: '/api/v1/me', headers: authorization ? { authorization } : {} });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
    }
  });

  it('signs admins in with the ADMIN role', async () => {
    const admin = await createAdmin(app, prisma);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: admin.auth });
    expect(me.json().role).toBe('ADMIN');
  });

  it('lets a learner update only their own profile, validating the time zone', async () => {
    const learner = await registerLearner(app, 'Profiler');
    const bad = await app.inject({ method: 'PATCH', url: '/api/v1/me/profile', headers: learner.auth, payload: { timeZone: 'Nowhere/Land' } });
    expect(bad.statusCode).toBe(400);
    const good = await app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: learner.auth,
      payload: { timeZone: 'America/Denver', libraryType: 'RURAL' },
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().profile).toMatchObject({ timeZone: 'America/Denver', libraryType: 'RURAL' });
  });
});

describe('log-in rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-ratelimit` });
  });
  afterAll(() => app.close());

  it('answers 429 problem+json after the configured attempts per minute', async () => {
    const attempt = () =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@test.example', password: 'guess-password' } });
    const statuses = [];
    for (let n = 0; n < 4; n += 1) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

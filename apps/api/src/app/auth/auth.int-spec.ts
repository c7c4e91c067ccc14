import { PrismaService } from '@stacks/db';
import type { RedisClient } from '@stacks/queues';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { addressKey } from '../rate-limit/rate-limit.js';
import { REDIS } from '../redis/redis.module.js';
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

  it('answers a second registration of the same email (any case) exactly like a new one and changes nothing', async () => {
    const learner = await registerLearner(app, 'Grace');
    const before = await prisma.user.findUniqueOrThrow({ where: { id: learner.id } });
    const register = (email: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password: 'another violet kettle', displayName: 'Copy' } });
    const taken = await register(learner.email.toUpperCase());
    const fresh = await register(`fresh-${learner.id.slice(0, 8)}@test.example`);
    expect([taken.statusCode, fresh.statusCode]).toEqual([202, 202]);
    expect(taken.body).toBe(fresh.body);
    expect(taken.headers['content-type']).toBe(fresh.headers['content-type']);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: learner.id } });
    expect(after).toEqual(before);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: learner.email, password: 'another violet kettle' } })).statusCode).toBe(401);
  });

  it('refuses guessable passwords at registration with 400 naming the field and the rule', async () => {
    const email = `weak-${Date.now()}@test.example`;
    const cases: Array<[string, string]> = [
      [' '.repeat(12), 'notGuessable'],
      ['aaaaaaaaaaaa', 'notGuessable'],
      ['password1234', 'notGuessable'],
      [email, 'notGuessable'],
      ['short', 'minLength'],
      ['x'.repeat(257), 'maxLength'],
    ];
    for (const [password, rule] of cases) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password, displayName: 'Weak' } });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'password', rule })]);
    }
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it('locks an address out after repeated failed sign-ins from any client, with Retry-After, the same for unknown addresses', async () => {
    const learner = await registerLearner(app, 'Targeted');
    const unknown = `nobody-${learner.id.slice(0, 8)}@test.example`;
    const login = (email: string, password: string, ip: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });
    for (const email of [learner.email, unknown]) {
      // Five failures (SIGN_IN_FAILURES_BEFORE_LOCKOUT), each from another client address.
      for (let n = 0; n < 5; n += 1) expect((await login(email.toUpperCase(), 'wrong password guess', `198.51.100.${n + 1}`)).statusCode).toBe(401);
    }
    const lockedKnown = await login(learner.email, learner.password, '198.51.100.50');
    const lockedUnknown = await login(unknown, learner.password, '198.51.100.51');
    expect([lockedKnown.statusCode, lockedUnknown.statusCode]).toEqual([429, 429]);
    const withoutRequestId = ({ requestId: _requestId, ...problem }: Record<string, unknown>) => problem;
    expect(withoutRequestId(lockedKnown.json())).toEqual(withoutRequestId(lockedUnknown.json()));
    expect(lockedKnown.headers['content-type']).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(lockedKnown.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(lockedUnknown.headers['retry-after']).toBeDefined();

    // When the lock ends, a further failure locks for twice as long (backoff) …
    const redis = app.nest.get(REDIS) as RedisClient;
    const lockKey = `${app.nest.get<AppConfig>(APP_CONFIG).QUEUE_PREFIX}:rate:sign-in-account:lock:${addressKey(learner.email)}`;
    await redis.del(lockKey);
    expect((await login(learner.email, 'wrong password guess', '198.51.100.60')).statusCode).toBe(401);
    const backoff = await login(learner.email, learner.password, '198.51.100.61');
    expect(backoff.statusCode).toBe(429);
    expect(Number(backoff.headers['retry-after'])).toBeGreaterThan(30);

    // … and a success clears the count.
    await redis.del(lockKey);
    expect((await login(learner.email, learner.password, '198.51.100.62')).statusCode).toBe(200);
    expect((await login(learner.email, 'wrong password guess', '198.51.100.63')).statusCode).toBe(401);
    expect((await login(learner.email, learner.password, '198.51.100.64')).statusCode).toBe(200);
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
      expect.arrayContaining(['email:isEmail', 'displayName:isLength', 'isAdmin:unknownField', 'profile.timeZone:isTimeZone']),
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

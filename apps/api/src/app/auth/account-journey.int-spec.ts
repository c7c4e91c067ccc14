import { PrismaService } from '@stacks/db';
import { type AppProcess, PROCESS_SETUP_TIMEOUT_MS, SmtpCatcher, waitFor } from '@stacks/test-processes';
import { type TestAccount } from '../../testing/accounts.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import { statusListSigned } from '../../testing/badge-award.js';
import { startBadgeTestApp } from '../../testing/badge-test-app.js';
import { signInWithProvider, TestOpenIdProvider } from '../../testing/openid-provider.js';
import { testConfig, type TestApp } from '../../testing/test-app.js';
import { startWorker } from '../../testing/worker-process.js';

/**
 * The account a learner can trust, end to end with the real worker and a real SMTP server:
 * register, verify from the mail, earn a badge, reset a forgotten password, sign in through the
 * association's identity provider (a real OpenID provider here) into the same account, export,
 * erase — after which the credential still verifies and names nobody.
 */
describe('an account from registration to erasure', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let smtp: SmtpCatcher;
  let worker: AppProcess;
  let admin: TestAccount;
  let provider: TestOpenIdProvider;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    provider = await new TestOpenIdProvider().start(testConfig().PUBLIC_BASE_URL);
    ({ app, prisma, admin } = await startBadgeTestApp({ SMTP_URL: smtp.url, ...provider.settings() }));
    worker = await startWorker({ SMTP_URL: smtp.url });
  }, PROCESS_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await smtp?.stop();
    await provider?.stop();
  }, 20_000);

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, authorization?: string) =>
    app.inject({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}), headers: authorization ? { authorization } : {} });
  const mailedToken = (address: string, path: string) => waitFor(() => smtp.lastLink(address, path)?.token, 15_000, `a ${path} mail`);

  it('register → verify → badge → reset → single sign-on → export → erase; the credential still verifies and names nobody', async () => {
    const email = `journey-${Date.now()}@test.example`;
    const registered = await call('POST', '/auth/register', { email, password: 'journey-password-1', displayName: 'Journey Learner' });
    expect(registered.statusCode).toBe(202);
    const firstSignIn = await call('POST', '/auth/login', { email, password: 'journey-password-1' });
    let bearer = `Bearer ${firstSignIn.json().accessToken}`;
    const userId: string = (await call('GET', '/me', undefined, bearer)).json().id;

    expect((await call('POST', '/auth/email/verify', { token: await mailedToken(email, '/verify-email') })).statusCode).toBe(200);

    const series = await createSeriesWithBadge(prisma);
    for (const session of series.sessionSlugs) {
      expect((await call('POST', '/me/completion-events', { session, source: 'RECORDING_VIEWED', viewedPercent: 100 }, bearer)).statusCode).toBe(201);
    }
    const [badge] = await waitFor(
      async () => {
        const list = (await call('GET', '/me/badges', undefined, bearer)).json();
        return list.length > 0 ? list : null;
      },
      30_000,
      'the worker to award the badge',
    );
    const credentialId: string = badge.credentialId;
    // The worker signs the credential's status list after issuing it; a verifier needs both.
    await statusListSigned(app, credentialId);

    // Forgotten password: the reset signs the old session out.
    expect((await call('POST', '/auth/password/forgot', { email })).statusCode).toBe(202);
    expect((await call('POST', '/auth/password/reset', { token: await mailedToken(email, '/reset-password'), password: 'journey-password-2' })).statusCode).toBe(204);
    expect((await call('GET', '/me', undefined, bearer)).statusCode).toBe(401);
    const signedIn = await call('POST', '/auth/login', { email, password: 'journey-password-2' });
    expect(signedIn.statusCode).toBe(200);

    // The member signs in through the association's provider, which vouches for the same address: the same account.
    const member = provider.addAccount({ sub: `member-${Date.now()}`, email, email_verified: true, name: 'Journey Member' });
    const sso = await signInWithProvider(app, provider, member);
    bearer = `Bearer ${sso.tokens.accessToken}`;
    expect((await call('GET', '/me', undefined, bearer)).json()).toMatchObject({ id: userId, email, displayName: 'Journey Learner' });

    const exported = await call('GET', '/me/export', undefined, bearer);
    expect(exported.statusCode).toBe(200);
    const data = exported.json();
    expect(data.account).toMatchObject({ id: userId, email, displayName: 'Journey Learner' });
    expect(data.completionEvents).toHaveLength(3);
    expect(data.transcript).toMatchObject({ sessionsCompleted: 3, unlocks: [expect.objectContaining({ series: series.seriesSlug })] });
    expect(data.badges).toEqual([expect.objectContaining({ credentials: [expect.objectContaining({ id: credentialId, jws: expect.any(String) })] })]);
    expect(exported.body).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    expect(data.singleSignOn).toEqual([expect.objectContaining({ issuer: provider.issuer, subject: member.sub, email })]);
    const { jws } = data.badges[0].credentials[0];

    // Erasure needs the password again.
    expect((await call('DELETE', '/me', { currentPassword: 'journey-password-1' }, bearer)).statusCode).toBe(403);
    expect((await call('DELETE', '/me', { currentPassword: 'journey-password-2' }, bearer)).statusCode).toBe(204);

    expect((await call('GET', '/me', undefined, bearer)).statusCode).toBe(401);
    expect((await call('POST', '/auth/login', { email, password: 'journey-password-2' })).statusCode).toBe(401);
    // The provider's subject no longer leads anywhere: signing in there again starts a new, empty account.
    expect(await prisma.oidcIdentity.count({ where: { userId } })).toBe(0);
    const afterwards = await signInWithProvider(app, provider, member);
    const stranger = (await call('GET', '/me', undefined, `Bearer ${afterwards.tokens.accessToken}`)).json();
    expect(stranger.id).not.toBe(userId);
    expect((await call('GET', '/me/badges', undefined, `Bearer ${afterwards.tokens.accessToken}`)).json()).toEqual([]);
    const verdict = (await call('POST', '/verify', { credential: jws })).json();
    // The whole verdict is printed on a failure: its checks say why.
    expect([verdict.verified, verdict.status, verdict]).toEqual([true, 'valid', expect.anything()]);
    expect((await call('GET', `/credentials/${credentialId}/holder`)).json()).toEqual({ credentialId, name: null });
    const page = await call('GET', `/credentials/${credentialId}/page`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Journey Learner');

    const erased = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { profile: true, completionEvents: true, refreshTokens: true } });
    expect(erased).toMatchObject({ displayName: '', profile: null, completionEvents: [], refreshTokens: [] });
    expect(erased.email).not.toContain('journey');
    expect(await prisma.notificationPreference.findUnique({ where: { userId } })).toMatchObject({ unsubscribedAt: expect.any(Date), emailEnabled: false });
    expect(await prisma.auditEntry.count({ where: { action: 'account.erase', subjectId: userId } })).toBe(1);
  }, 120_000);

  it('lets admins see verification and sign-in state, disable (signed out everywhere), change roles and erase on request, all audited', async () => {
    const email = `managed-${Date.now()}@test.example`;
    expect((await call('POST', '/auth/register', { email, password: 'managed-password-1', displayName: 'Managed Person' })).statusCode).toBe(202);
    const bearer = `Bearer ${(await call('POST', '/auth/login', { email, password: 'managed-password-1' })).json().accessToken}`;
    const listed = (await call('GET', `/admin/learners?q=${encodeURIComponent(email)}`, undefined, admin.auth.authorization)).json();
    expect(listed.items).toEqual([expect.objectContaining({ email, emailVerifiedAt: null, disabledAt: null, activeSessions: 1, lastSignInAt: expect.any(String) })]);
    const userId: string = listed.items[0].id;

    const empty = await call('PATCH', `/admin/learners/${userId}`, {}, admin.auth.authorization);
    expect(empty.statusCode).toBe(400);
    const disabled = await call('PATCH', `/admin/learners/${userId}`, { disabled: true, reason: 'Shared account' }, admin.auth.authorization);
    expect(disabled.statusCode).toBe(200);
    expect((await call('GET', '/me', undefined, bearer)).statusCode).toBe(401);
    const refused = await call('POST', '/auth/login', { email, password: 'managed-password-1' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toMatch(/account-disabled$/);
    expect((await call('PATCH', `/admin/learners/${userId}`, { disabled: false, emailVerified: true, role: 'ADMIN' }, admin.auth.authorization)).json()).toMatchObject({
      role: 'ADMIN',
      disabledAt: null,
      emailVerifiedAt: expect.any(String),
    });
    expect((await call('POST', '/auth/login', { email, password: 'managed-password-1' })).statusCode).toBe(200);
    const actions = (await prisma.auditEntry.findMany({ where: { subjectId: userId }, orderBy: { createdAt: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['account.disable', 'account.enable', 'account.verify-email', 'account.role']));

    // Erasure is for learners, on their request, with the request recorded.
    expect((await call('DELETE', `/admin/learners/${userId}`, { reason: 'Asked by phone' }, admin.auth.authorization)).statusCode).toBe(409);
    await call('PATCH', `/admin/learners/${userId}`, { role: 'LEARNER' }, admin.auth.authorization);
    expect((await call('DELETE', `/admin/learners/${userId}`, {}, admin.auth.authorization)).statusCode).toBe(400);
    expect((await call('DELETE', `/admin/learners/${userId}`, { reason: 'Asked by phone' }, admin.auth.authorization)).statusCode).toBe(204);
    expect(await prisma.auditEntry.findFirst({ where: { subjectId: userId, action: 'account.erase' } })).toMatchObject({
      actorId: admin.id,
      details: { requestedBy: 'admin', reason: 'Asked by phone' },
    });
  }, 60_000);
});

import { PrismaService } from '@stacks/db';
import { SmtpCatcher, waitFor } from '@stacks/test-processes';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import { workerIssuance } from '../../testing/badge-award.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import { startBadgeTestApp } from '../../testing/badge-test-app.js';
import type { TestApp } from '../../testing/test-app.js';
import { EmailVerificationService } from './email-verification.service.js';

describe('verified e-mail and passwords', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let smtp: SmtpCatcher;
  let admin: TestAccount;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    // The worker signs the badges a verification releases.
    ({ app, prisma, admin, close } = await startBadgeTestApp(
      { SMTP_URL: smtp.url, ACCOUNT_MAIL_PER_ADDRESS_PER_HOUR: '2', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-accounts` },
      { worker: true },
    ));
  }, 60_000);
  afterAll(async () => {
    await close?.();
    await smtp?.stop();
  });

  const post = (url: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
  const me = async (learner: TestAccount) => (await app.inject({ method: 'GET', url: '/api/v1/me', headers: learner.auth })).json();

  it('mails a verification link (HTML and text) at registration; the link verifies once', async () => {
    const learner = await registerLearner(app, 'Verifier', { verified: false });
    expect((await me(learner)).emailVerifiedAt).toBeNull();
    const token = await waitFor(async () => smtp.lastLink(learner.email, '/verify-email')?.token, 10_000, 'the verification mail');
    const mail = smtp.messages.find((message) => message.to?.text.includes(learner.email));
    expect(mail?.subject).toBe('Confirm your e-mail address for Stacks');
    expect(mail?.html).toContain(`/verify-email#token=${token}`);
    const stored = await prisma.accountToken.findFirstOrThrow({ where: { userId: learner.id } });
    expect(stored.tokenHash).not.toContain(token);

    const verified = await post('/auth/email/verify', { token });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toEqual({ attendanceCredited: 0, badgesReleaseQueued: true });
    expect((await me(learner)).emailVerifiedAt).not.toBeNull();

    for (const reused of [token, 'x'.repeat(43), 'not a token']) {
      const again = await post('/auth/email/verify', { token: reused });
      expect(again.statusCode).toBe(400);
      expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(again.json()).toMatchObject({ type: expect.stringMatching(/invalid-link$/), errors: [{ field: 'token', rule: 'validLink' }] });
    }
  });

  it('refuses an expired link', async () => {
    const learner = await registerLearner(app, 'Late', { verified: false });
    const token = await waitFor(async () => smtp.lastLink(learner.email, '/verify-email')?.token, 10_000, 'the verification mail');
    await prisma.accountToken.updateMany({ where: { userId: learner.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await post('/auth/email/verify', { token })).statusCode).toBe(400);
    expect((await me(learner)).emailVerifiedAt).toBeNull();
  });

  it('holds badges and imported attendance until verification, then releases them exactly once', async () => {
    const series = await createSeriesWithBadge(prisma);
    const learner = await registerLearner(app, 'Held', { verified: false });
    const issuance = await workerIssuance(app);
    // Two sessions by the learner's own progress (recorded while unverified)…
    for (const session of series.sessionSlugs.slice(0, 2)) {
      const recorded = await post('/me/completion-events', { session, source: 'RECORDING_VIEWED', viewedPercent: 100 }, learner.auth);
      expect(recorded.statusCode).toBe(201);
    }
    // …the third by an attendance import, which is kept but not credited.
    const lastSession = await prisma.session.findUniqueOrThrow({ where: { slug: series.sessionSlugs[2] } });
    await prisma.session.update({ where: { id: lastSession.id }, data: { startsAt: new Date('2026-11-01T18:00:00Z') } });
    const imported = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${lastSession.slug}/attendance-imports`,
      headers: { ...admin.auth, 'content-type': 'text/csv' },
      payload: ['Name,User Email,Join Time,Leave Time', `Held,${learner.email},2026-11-01 18:00:00,2026-11-01 19:00:00`].join('\n'),
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ recorded: 1, newlyCompleted: 0, held: 1 });
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id } })).toBe(2);
    // The rule-based path issues nothing, and an admin cannot award by hand, while unverified.
    await prisma.sessionCompletion.create({ data: { userId: learner.id, sessionId: lastSession.id, source: 'ADMIN_MARK', completedAt: new Date() } });
    await prisma.seriesUnlock.create({ data: { userId: learner.id, seriesId: series.seriesId } });
    expect(await issuance.awardForSeriesUnlock(learner.id, series.seriesId)).toEqual([]);
    await expect(issuance.award({ userId: learner.id, achievementId: series.achievementId, awardedById: admin.id })).rejects.toThrow(/not verified/);
    await prisma.seriesUnlock.deleteMany({ where: { userId: learner.id } });
    await prisma.sessionCompletion.deleteMany({ where: { userId: learner.id, sessionId: lastSession.id } });

    const token = await waitFor(async () => smtp.lastLink(learner.email, '/verify-email')?.token, 10_000, 'the verification mail');
    const verified = await post('/auth/email/verify', { token });
    expect(verified.json()).toEqual({ attendanceCredited: 1, badgesReleaseQueued: true });
    // Nothing was signed in the request: the worker issues the held badge.
    await waitFor(async () => (await prisma.badgeCredential.count({ where: { award: { userId: learner.id } } })) > 0 || undefined, 30_000, 'the worker to sign the held badge');

    // A retried or concurrent release finds nothing more to do, and a repeated job (a worker retry) issues nothing new.
    const verification = app.nest.get(EmailVerificationService);
    const again = await Promise.all([verification.releaseHeld(learner.id), verification.releaseHeld(learner.id)]);
    expect(again).toEqual([
      { attendanceCredited: 0, badgesReleaseQueued: false },
      { attendanceCredited: 0, badgesReleaseQueued: false },
    ]);
    expect((await issuance.awardHeldFor(learner.id)).filter((award) => award.created)).toEqual([]);
    expect(await prisma.outboxEvent.count({ where: { jobName: 'release-held-badges', payload: { path: ['userId'], equals: learner.id } } })).toBe(1);
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id } })).toBe(3);
    expect(await prisma.seriesUnlock.count({ where: { userId: learner.id } })).toBe(1);
    expect(await prisma.badgeAward.count({ where: { userId: learner.id } })).toBe(1);
    expect(await prisma.badgeCredential.count({ where: { award: { userId: learner.id } } })).toBe(1);
    const notices = await prisma.outboxEvent.count({ where: { jobName: 'badge-awarded', payload: { path: ['userId'], equals: learner.id } } });
    expect(notices).toBe(1);
  });

  it('changing the e-mail needs the password, makes the new address unverified and voids the old link', async () => {
    const learner = await registerLearner(app, 'Mover', { verified: false });
    const oldToken = await waitFor(async () => smtp.lastLink(learner.email, '/verify-email')?.token, 10_000, 'the first verification mail');
    const wrong = await app.inject({ method: 'PATCH', url: '/api/v1/me/email', headers: learner.auth, payload: { email: 'new@x.example', currentPassword: 'wrong-password!' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ field: 'currentPassword', rule: 'correct' })]);

    const newEmail = `moved-${learner.id.slice(0, 8)}@test.example`;
    const changed = await app.inject({ method: 'PATCH', url: '/api/v1/me/email', headers: learner.auth, payload: { email: newEmail, currentPassword: learner.password } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ email: newEmail, emailVerifiedAt: null });
    expect((await post('/auth/email/verify', { token: oldToken })).statusCode).toBe(400);
    const newToken = await waitFor(async () => smtp.lastLink(newEmail, '/verify-email')?.token, 10_000, 'the mail to the new address');
    expect((await post('/auth/email/verify', { token: newToken })).statusCode).toBe(200);
    expect((await me(learner)).emailVerifiedAt).not.toBeNull();
  });

  it('answers forgot-password the same for known and unknown addresses, and mails only the known one', async () => {
    const learner = await registerLearner(app, 'Forgetful');
    const known = await post('/auth/password/forgot', { email: learner.email });
    const unknown = await post('/auth/password/forgot', { email: `nobody-${learner.id}@test.example` });
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    const token = await waitFor(async () => smtp.lastLink(learner.email, '/reset-password')?.token, 10_000, 'the reset mail');
    expect(smtp.messages.some((message) => message.to?.text.includes(`nobody-${learner.id}`))).toBe(false);

    const other = await post('/auth/login', { email: learner.email, password: learner.password });
    const tooShort = await post('/auth/password/reset', { token, password: 'short' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors).toEqual([expect.objectContaining({ field: 'password', rule: 'minLength' })]);
    // The same policy as at registration; a refused password leaves the link usable.
    const guessable = await post('/auth/password/reset', { token, password: learner.email });
    expect(guessable.statusCode).toBe(400);
    expect(guessable.json().errors).toEqual([expect.objectContaining({ field: 'password', rule: 'notGuessable' })]);
    expect((await post('/auth/password/reset', { token, password: 'a-brand-new-password' })).statusCode).toBe(204);
    expect((await post('/auth/password/reset', { token, password: 'a-third-new-password' })).statusCode).toBe(400);

    // Every session ends; the old password no longer works and the new one does.
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: learner.auth })).statusCode).toBe(401);
    expect((await post('/auth/refresh', { refreshToken: other.json().refreshToken })).statusCode).toBe(401);
    expect((await post('/auth/login', { email: learner.email, password: learner.password })).statusCode).toBe(401);
    expect((await post('/auth/login', { email: learner.email, password: 'a-brand-new-password' })).statusCode).toBe(200);
  });

  it('limits reset mails per address, whatever the client', async () => {
    const email = `flooded-${Date.now()}@test.example`;
    const statuses = [];
    for (let n = 0; n < 3; n += 1) statuses.push((await post('/auth/password/forgot', { email })).statusCode);
    expect(statuses).toEqual([202, 202, 429]);
    expect((await post('/auth/password/forgot', { email: `other-${email}` })).statusCode).toBe(202);
  });

  it('changing the password needs the current one and signs out every other session', async () => {
    const learner = await registerLearner(app, 'Changer');
    const other = (await post('/auth/login', { email: learner.email, password: learner.password })).json();
    const wrong = await post('/me/password', { currentPassword: 'not-my-password', newPassword: 'a-changed-password' }, learner.auth);
    expect(wrong.statusCode).toBe(403);
    const weak = await post('/me/password', { currentPassword: learner.password, newPassword: 'aaaaaaaaaaaa' }, learner.auth);
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([expect.objectContaining({ field: 'newPassword', rule: 'notGuessable' })]);
    const changed = await post('/me/password', { currentPassword: learner.password, newPassword: 'a-changed-password' }, learner.auth);
    expect(changed.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: learner.auth })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${other.accessToken}` } })).statusCode).toBe(401);
  });

  it('mails the owner of a taken address (once a day) instead of telling the one registering', async () => {
    const owner = await registerLearner(app, 'Owner');
    const register = () => post('/auth/register', { email: owner.email, password: 'violet kettle harbour', displayName: 'Someone' });
    const noticesTo = (address: string) => smtp.messages.filter((message) => message.to?.text.includes(address) && message.subject?.startsWith('Someone tried to register'));
    expect((await register()).statusCode).toBe(202);
    await waitFor(async () => noticesTo(owner.email).length === 1 || undefined, 10_000, 'the registration notice');
    const notice = noticesTo(owner.email)[0];
    expect(notice.text).toContain('/forgot-password');
    expect(notice.html).toContain('/forgot-password');
    expect((await register()).statusCode).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(noticesTo(owner.email)).toHaveLength(1);
    // The owner's account is as it was: no verification mail was sent for it.
    expect(smtp.messages.filter((message) => message.to?.text.includes(owner.email) && message.subject === 'Confirm your e-mail address for Stacks')).toHaveLength(1);
  });

  it('finishes a release of held awards that a crash interrupted, at the next sign-in and by the start-up sweep, exactly once', async () => {
    const verification = app.nest.get(EmailVerificationService);
    // The worker signs what a release queued.
    const awarded = (userId: string) =>
      waitFor(async () => ((await prisma.badgeAward.count({ where: { userId } })) === 1 ? true : undefined), 30_000, 'the worker to issue the held badge');
    const crashed = async (name: string) => {
      const series = await createSeriesWithBadge(prisma);
      const learner = await registerLearner(app, name, { verified: false });
      for (const session of series.sessionSlugs) {
        expect((await post('/me/completion-events', { session, source: 'RECORDING_VIEWED', viewedPercent: 100 }, learner.auth)).statusCode).toBe(201);
      }
      expect(await prisma.badgeAward.count({ where: { userId: learner.id } })).toBe(0);
      // The verification commits; the process dies before releaseHeld runs.
      await prisma.$transaction((tx) => verification.markVerified(tx, learner.id, learner.email));
      expect(await prisma.user.findUniqueOrThrow({ where: { id: learner.id }, select: { heldReleasedAt: true } })).toEqual({ heldReleasedAt: null });
      return learner;
    };

    const signsIn = await crashed('Interrupted');
    expect((await post('/auth/login', { email: signsIn.email, password: signsIn.password })).statusCode).toBe(200);
    await awarded(signsIn.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: signsIn.id } })).heldReleasedAt).not.toBeNull();

    const swept = await crashed('Swept');
    expect(await verification.releaseInterrupted()).toBeGreaterThanOrEqual(1);
    await awarded(swept.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: swept.id } })).heldReleasedAt).not.toBeNull();

    // Nothing is released twice: a later sign-in and sweep find nothing pending for either.
    expect((await post('/auth/login', { email: swept.email, password: swept.password })).statusCode).toBe(200);
    await verification.releaseInterrupted();
    for (const learner of [signsIn, swept]) {
      expect(await prisma.badgeAward.count({ where: { userId: learner.id } })).toBe(1);
      const notices = await prisma.outboxEvent.count({ where: { jobName: 'badge-awarded', payload: { path: ['userId'], equals: learner.id } } });
      expect(notices).toBe(1);
    }
  });
});

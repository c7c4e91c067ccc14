import { BadgeIssuance } from '@stacks/badge-issuance';
import type { PrismaService } from '@stacks/db';
import { createIssuerStaff, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { statusListSigned, waitForIssued } from '../../testing/badge-award.js';
import { startBadgeTestApp } from '../../testing/badge-test-app.js';
import { createSeriesWithBadge, type SeriesWithBadgeFixture } from '../../testing/catalogue-fixture.js';
import type { TestApp } from '../../testing/test-app.js';

/**
 * Division staff (ISSUER_ADMIN): award, revoke and re-issue the badges of the issuers they staff,
 * see only those credentials (and so only those learners), and nothing else of the admin area.
 */
describe('division staff', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  let ours: SeriesWithBadgeFixture;
  let theirs: SeriesWithBadgeFixture;
  let staff: TestAccount;
  let ourIssuerSlug: string;

  beforeAll(async () => {
    ({ app, prisma, admin } = await startBadgeTestApp());
    [ours, theirs] = [await createSeriesWithBadge(prisma), await createSeriesWithBadge(prisma)];
    const issuerOf = async (badge: SeriesWithBadgeFixture) =>
      (await prisma.achievement.findUniqueOrThrow({ where: { id: badge.achievementId }, include: { issuer: true } })).issuer;
    const ourIssuer = await issuerOf(ours);
    ourIssuerSlug = ourIssuer.slug;
    staff = await createIssuerStaff(app, prisma, [ourIssuer.id]);
  }, 60_000);
  afterAll(() => app.close());

  const post = (url: string, payload: object, account: TestAccount) => app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: account.auth });
  const award = (achievementSlug: string, learner: TestAccount, account: TestAccount) =>
    post('/admin/badge-awards', { learnerId: learner.id, achievement: achievementSlug, evidenceNarrative: 'Ran the branch programme.' }, account);
  /** An accepted award or re-issue (202), signed here as the worker would, polled by whoever asked: the new credential's id. */
  const signed = async (accepted: Awaited<ReturnType<typeof post>>, account: TestAccount): Promise<string> => {
    expect(accepted.statusCode).toBe(202);
    const signedHere = await app.nest.get(BadgeIssuance).issueRequested(accepted.json().id);
    if (signedHere.credentialId) await statusListSigned(app, signedHere.credentialId, { signHere: true });
    const issued = await waitForIssued(app, account.auth, String(accepted.headers.location));
    return issued.credentialId as string;
  };

  it('awards, revokes and re-issues their own issuer’s badges', async () => {
    const learner = await registerLearner(app, 'Awarded');
    const awardedId = await signed(await award(ours.achievementSlug, learner, staff), staff);
    const reissuedId = await signed(await post(`/admin/credentials/${awardedId}/reissue`, { reason: 'Name corrected' }, staff), staff);
    expect(reissuedId).not.toBe(awardedId);
    const revoked = await post(`/admin/credentials/${reissuedId}/revoke`, { reason: 'Awarded in error' }, staff);
    expect(revoked.statusCode).toBe(201);
    expect(revoked.json().status).toBe('revoked');
    const audited = await prisma.auditEntry.count({ where: { actorId: staff.id } });
    expect(audited).toBeGreaterThanOrEqual(3);
  });

  it('is refused another issuer’s badges with 403, and nothing changes', async () => {
    const learner = await registerLearner(app, 'Elsewhere');
    const refusedAward = await award(theirs.achievementSlug, learner, staff);
    expect(refusedAward.statusCode).toBe(403);
    expect(refusedAward.json().type).toMatch(/other-issuer$/);
    expect(await prisma.badgeAward.count({ where: { userId: learner.id } })).toBe(0);

    const credentialId = await signed(await award(theirs.achievementSlug, learner, admin), admin);
    const theirRequest = await prisma.badgeIssuanceRequest.findFirstOrThrow({ where: { credentialId } });
    expect((await app.inject({ method: 'GET', url: `/api/v1/admin/badge-issuances/${theirRequest.id}`, headers: staff.auth })).statusCode).toBe(403);
    const pendingSeen = (await app.inject({ method: 'GET', url: '/api/v1/admin/badge-issuances?status=ISSUED', headers: staff.auth })).json();
    expect(pendingSeen.items.map((item: { id: string }) => item.id)).not.toContain(theirRequest.id);
    for (const action of ['revoke', 'reissue']) {
      const refused = await post(`/admin/credentials/${credentialId}/${action}`, { reason: 'Not mine to change' }, staff);
      expect(refused.statusCode).toBe(403);
    }
    const credential = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: credentialId } });
    expect(credential.revokedAt).toBeNull();
  });

  it('sees only their issuer’s credentials, and so only those learners', async () => {
    const ourLearner = await registerLearner(app, 'Ours');
    const theirLearner = await registerLearner(app, 'Theirs');
    await signed(await award(ours.achievementSlug, ourLearner, admin), admin);
    await signed(await award(theirs.achievementSlug, theirLearner, admin), admin);
    const search = async (account: TestAccount, query = '') =>
      (await app.inject({ method: 'GET', url: `/api/v1/admin/badge-awards?limit=100${query}`, headers: account.auth })).json();
    const seenByStaff = await search(staff);
    expect(seenByStaff.items.length).toBeGreaterThan(0);
    expect(seenByStaff.items.map((item: { achievement: { slug: string } }) => item.achievement.slug)).toEqual(seenByStaff.items.map(() => ours.achievementSlug));
    expect(JSON.stringify(seenByStaff)).not.toContain(theirLearner.email);
    expect((await search(staff, `&achievement=${theirs.achievementSlug}`)).items).toEqual([]);
    const seenByAdmin = await search(admin, `&achievement=${theirs.achievementSlug}`);
    expect(seenByAdmin.items.map((item: { learner: { id: string } }) => item.learner.id)).toContain(theirLearner.id);
  });

  it('has no other admin route: learners, sessions, imports and the rest answer 403', async () => {
    for (const url of ['/api/v1/admin/learners', '/api/v1/admin/faq', '/api/v1/admin/notification-deliveries', '/api/v1/admin/badges/expiring']) {
      expect((await app.inject({ method: 'GET', url, headers: staff.auth })).statusCode).toBe(403);
    }
  });

  it('is made by an admin: the ISSUER_ADMIN role and the issuers staffed, audited; unknown issuers are a 400', async () => {
    const person = await registerLearner(app, 'Promoted');
    const change = (payload: object) => app.inject({ method: 'PATCH', url: `/api/v1/admin/learners/${person.id}`, headers: admin.auth, payload });
    const unknown = await change({ role: 'ISSUER_ADMIN', issuers: ['no-such-division'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'issuers', rule: 'knownIssuer' })]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe('LEARNER');

    expect((await change({ role: 'ISSUER_ADMIN', issuers: [ourIssuerSlug], reason: 'Joined the division' })).statusCode).toBe(200);
    expect(await prisma.auditEntry.count({ where: { subjectId: person.id, action: { in: ['account.role', 'account.issuers'] } } })).toBe(2);
    const signedIn = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: person.email, password: person.password } });
    const promoted = { ...person, auth: { authorization: `Bearer ${signedIn.json().accessToken}` } };
    const learner = await registerLearner(app, 'Recipient');
    expect((await award(ours.achievementSlug, learner, promoted)).statusCode).toBe(202);
    expect((await award(theirs.achievementSlug, learner, promoted)).statusCode).toBe(403);
  });
});

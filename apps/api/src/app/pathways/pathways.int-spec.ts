import { randomUUID } from 'node:crypto';
import { BadgeIssuance, PathwayCertificates } from '@stacks/badge-issuance';
import { PrismaService } from '@stacks/db';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import { awardByAdmin, statusListSigned } from '../../testing/badge-award.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startBadgeTestApp } from '../../testing/badge-test-app.js';
import type { TestApp } from '../../testing/test-app.js';
import type { MyPathwayDto } from './dto/pathways.dto.js';

/**
 * Pathways and competencies through the API on a real PostgreSQL: an admin composes a pathway
 * (bad trees refused by field), a learner's badges complete it, the certificate is issued once
 * (by the same PathwayCertificates the worker runs) and follows the pathway's revocation policy;
 * self-assessment keeps its history, stays private, recommends, is exported and erased.
 */
describe('pathways and competencies (API, PostgreSQL)', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  let certificates: PathwayCertificates;
  const tag = randomUUID().slice(0, 8);
  const badgeSlugs = ['a', 'b', 'c'].map((letter) => `pw-badge-${letter}-${tag}`);

  beforeAll(async () => {
    ({ app, prisma, admin } = await startBadgeTestApp());
    certificates = new PathwayCertificates(prisma, app.nest.get(BadgeIssuance));
    const issuer = await prisma.badgeIssuer.findUniqueOrThrow({ where: { slug: 'ala' } });
    for (const slug of badgeSlugs) {
      await prisma.achievement.create({
        data: { slug, issuerId: issuer.id, name: `Badge ${slug}`, description: 'A badge made by a test.', criteriaNarrative: 'Awarded by hand in a test.', rule: 'MANUAL', tags: [] },
      });
    }
  }, 60_000);
  afterAll(() => app?.close());

  const putPathway = (slug: string, body: Record<string, unknown>, auth = admin.auth) =>
    app.inject({ method: 'PUT', url: `/api/v1/admin/pathways/${slug}`, headers: auth, payload: body });
  const pathwayBody = (certificateSlug: string, requirements: unknown, revocationPolicy: 'REVOKE' | 'KEEP' = 'REVOKE') => ({
    title: 'Test pathway',
    description: 'Two of three test badges.',
    requirements,
    revocationPolicy,
    certificate: { slug: certificateSlug, name: 'Test certificate', description: 'Stacks test badges.', criteriaNarrative: 'Hold two of the three badges.', achievementType: 'MicroCredential', issuer: 'ala' },
  });
  const twoOfThree = { kind: 'group', rule: 'K_OF', k: 2, items: badgeSlugs.map((slug) => ({ kind: 'achievement', slug })) };

  it('refuses a requirement tree that breaks a rule or names nothing, naming each field; learners may not compose', async () => {
    const bad = await putPathway(`pw-bad-${tag}`, pathwayBody(`pw-bad-cert-${tag}`, { kind: 'group', rule: 'K_OF', k: 5, items: [{ kind: 'achievement', slug: 'no-such-badge' }] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'requirements.k', rule: 'range' })]);

    const missing = await putPathway(`pw-bad-${tag}`, pathwayBody(`pw-bad-cert-${tag}`, { kind: 'group', rule: 'ONE_OF', items: [{ kind: 'series', slug: 'no-such-series' }] }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'requirements.items[0].slug', rule: 'exists' })]);

    const selfReference = await putPathway(`pw-bad-${tag}`, pathwayBody(badgeSlugs[0], twoOfThree));
    expect(selfReference.statusCode).toBe(400);

    const badSlug = await putPathway('Not_A_Slug', pathwayBody(`pw-bad-cert-${tag}`, twoOfThree));
    expect(badSlug.statusCode).toBe(400);
    expect(badSlug.json().errors[0]).toMatchObject({ field: 'slug' });

    const learner = await registerLearner(app, 'Composer');
    expect((await putPathway(`pw-bad-${tag}`, pathwayBody(`pw-bad-cert-${tag}`, twoOfThree), learner.auth)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/pathways/pw-bad-${tag}` })).statusCode).toBe(404);
  }, 30_000);

  it('k-of: two badges complete it; the certificate is issued once, references both badges, and a revoked spare keeps it', async () => {
    const slug = `pw-kof-${tag}`;
    const created = await putPathway(slug, pathwayBody(`${slug}-cert`, twoOfThree));
    expect(created.statusCode).toBe(200);
    expect((await putPathway(slug, pathwayBody(`${slug}-cert`, twoOfThree))).json()).toEqual(created.json()); // same request again: same pathway
    const described = (await app.inject({ method: 'GET', url: `/api/v1/pathways/${slug}` })).json();
    expect(described).toMatchObject({ certificate: { achievementType: 'MicroCredential' }, requirements: { rule: 'K_OF', required: 2, items: [{ kind: 'achievement', title: `Badge ${badgeSlugs[0]}` }, {}, {}] } });

    const learner = await registerLearner(app, 'Stacker');
    const first = await awardByAdmin(app, admin, learner.id, badgeSlugs[0], undefined, { signHere: true });
    let [map] = ((await app.inject({ method: 'GET', url: '/api/v1/me/pathways', headers: learner.auth })).json() as MyPathwayDto[]).filter((entry) => entry.slug === slug);
    expect(map).toMatchObject({ status: 'in-progress', credential: null, next: [{ slug: badgeSlugs[1] }, { slug: badgeSlugs[2] }] });
    expect(await certificates.awardCompleted(learner.id)).toEqual([]);

    const second = await awardByAdmin(app, admin, learner.id, badgeSlugs[1], undefined, { signHere: true });
    const [issued, again] = await Promise.all([certificates.awardCompleted(learner.id), certificates.awardCompleted(learner.id)]);
    expect([...issued, ...again].filter((result) => result.created)).toHaveLength(1);
    expect(await certificates.awardCompleted(learner.id)).toEqual([]);

    [map] = ((await app.inject({ method: 'GET', url: '/api/v1/me/pathways', headers: learner.auth })).json() as MyPathwayDto[]).filter((entry) => entry.slug === slug);
    expect(map).toMatchObject({ status: 'completed', next: [], credential: { status: 'valid' } });
    expect(map.requirements.items.map((item) => item.state)).toEqual(['done', 'done', 'optional']);
    const json = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${map.credential?.credentialId}` })).json();
    expect(json.credentialSubject.achievement.achievementType).toBe('MicroCredential');
    expect(json.evidence.map((entry: { id: string }) => entry.id).sort()).toEqual([first.credentialId, second.credentialId].map((id) => `http://localhost:3000/api/v1/credentials/${id}`).sort());
    await statusListSigned(app, map.credential?.credentialId as string, { signHere: true });
    const verdict = await app.inject({ method: 'POST', url: '/api/v1/verify', payload: json });
    expect(verdict.json()).toMatchObject({ verified: true });

    // A third badge, then one of three revoked: two remain, so the certificate stands even under REVOKE.
    await awardByAdmin(app, admin, learner.id, badgeSlugs[2], undefined, { signHere: true });
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${first.credentialId}/revoke`, headers: admin.auth, payload: { reason: 'Test spare' } })).statusCode).toBe(201);
    expect((await prisma.badgeCredential.findUniqueOrThrow({ where: { id: map.credential?.credentialId } })).revokedAt).toBeNull();

    // Another revoked: one of three left, so REVOKE takes the certificate back with a reason.
    await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${second.credentialId}/revoke`, headers: admin.auth, payload: { reason: 'Issued in error' } });
    const certificate = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: map.credential?.credentialId } });
    expect(certificate.revokedAt).not.toBeNull();
    expect(certificate.revocationReason).toBe(`A badge this certificate stacks was revoked: "Badge ${badgeSlugs[1]}" (Issued in error)`);
    await statusListSigned(app, certificate.id, { signHere: true });
    const after = await app.inject({ method: 'POST', url: '/api/v1/verify', payload: json });
    expect(after.json()).toMatchObject({ verified: false, status: 'revoked' });
  }, 60_000);

  it('a KEEP pathway keeps its certificate when the badge it stacks is revoked', async () => {
    const slug = `pw-keep-${tag}`;
    expect((await putPathway(slug, pathwayBody(`${slug}-cert`, { kind: 'group', rule: 'ONE_OF', items: [{ kind: 'achievement', slug: badgeSlugs[2] }] }, 'KEEP'))).statusCode).toBe(200);
    const learner = await registerLearner(app, 'Keeper');
    const badge = await awardByAdmin(app, admin, learner.id, badgeSlugs[2], undefined, { signHere: true });
    const [result] = (await certificates.awardCompleted(learner.id)).filter((entry) => entry.created);
    await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${badge.credentialId}/revoke`, headers: admin.auth, payload: { reason: 'Test' } });
    expect((await prisma.badgeCredential.findUniqueOrThrow({ where: { id: result.credentialId as string } })).revokedAt).toBeNull();
  }, 60_000);

  it('a pathway created after learners met it: the change is an outbox event, and reconciling it issues their certificates', async () => {
    const learner = await registerLearner(app, 'Early');
    await awardByAdmin(app, admin, learner.id, badgeSlugs[0], undefined, { signHere: true });
    const slug = `pw-late-${tag}`;
    const body = pathwayBody(`${slug}-cert`, { kind: 'group', rule: 'ONE_OF', items: [{ kind: 'achievement', slug: badgeSlugs[0] }] });
    expect((await putPathway(slug, body)).statusCode).toBe(200);
    expect((await putPathway(slug, body)).statusCode).toBe(200); // unchanged rules: no second event
    const pathway = await prisma.pathway.findUniqueOrThrow({ where: { slug } });
    const events = await prisma.outboxEvent.findMany({ where: { jobName: 'pathway-changed', jobId: { startsWith: `pathway-changed.${pathway.id}.` } } });
    expect(events).toHaveLength(1);
    // Every learner it evaluates gets every certificate now due (an earlier learner may complete another pathway too).
    await certificates.reconcilePathway(pathway.id);
    expect(await prisma.badgeAward.findMany({ where: { achievementId: pathway.achievementId }, select: { userId: true } })).toEqual([{ userId: learner.id }]);
    expect((await certificates.reconcilePathway(pathway.id)).filter((result) => result.created)).toEqual([]);
  }, 60_000);

  it('competencies: admin-edited statements with stable URLs, aligned achievements carry the alignment, self-assessment is private, keeps history and recommends', async () => {
    const competency = `pw-comp-${tag}`;
    const weak = `pw-weak-${tag}`;
    for (const [slug, name] of [[competency, 'Test facilitation'], [weak, 'Test outreach']]) {
      const put = await app.inject({ method: 'PUT', url: `/api/v1/admin/competencies/${slug}`, headers: admin.auth, payload: { name, statement: `Can do ${name.toLowerCase()} well enough to lead it.`, category: 'Tests' } });
      expect(put.statusCode).toBe(200);
    }
    const series = await createSeriesFixture(prisma, { sessions: 2 });
    const issuer = await prisma.badgeIssuer.findUniqueOrThrow({ where: { slug: 'ala' } });
    const seriesBadge = await prisma.achievement.create({
      data: { slug: `pw-series-badge-${tag}`, issuerId: issuer.id, name: 'Series badge', description: 'Finished the series.', criteriaNarrative: 'Both sessions.', rule: 'SERIES_COMPLETED', seriesId: series.seriesId, tags: [] },
    });
    const aligned = await app.inject({ method: 'PUT', url: `/api/v1/admin/achievements/${seriesBadge.slug}/competencies`, headers: admin.auth, payload: { competencies: [weak] } });
    expect(aligned.statusCode).toBe(200);
    const unknown = await app.inject({ method: 'PUT', url: `/api/v1/admin/achievements/${seriesBadge.slug}/competencies`, headers: admin.auth, payload: { competencies: ['no-such-competency'] } });
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'competencies[0]', rule: 'exists' })]);
    expect((await app.inject({ method: 'GET', url: `/api/v1/competencies/${weak}` })).json()).toMatchObject({ id: `http://localhost:3000/api/v1/competencies/${weak}`, achievements: [{ slug: seriesBadge.slug }] });

    const learner = await registerLearner(app, 'Assessor');
    const rate = (rating: unknown, slug = competency, key?: string) =>
      app.inject({ method: 'POST', url: '/api/v1/me/self-assessment', headers: { ...learner.auth, ...(key ? { 'idempotency-key': key } : {}) }, payload: { competency: slug, rating } });
    const bad = await rate(6);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'rating', rule: 'max' })]);
    expect((await rate(3, 'no-such-competency')).json().errors).toEqual([expect.objectContaining({ field: 'competency', rule: 'exists' })]);
    expect((await rate(2, competency, 'first')).statusCode).toBe(200);
    expect((await rate(2, competency, 'first')).statusCode).toBe(200); // retried: adds nothing
    await rate(4, competency);
    await rate(1, weak);
    const mine = (await app.inject({ method: 'GET', url: '/api/v1/me/self-assessment', headers: learner.auth })).json();
    expect(mine.private).toBe(true);
    expect(mine.competencies.find((entry: { competency: string }) => entry.competency === competency)).toMatchObject({ first: 2, latest: 4, change: 2, history: [{ rating: 2 }, { rating: 4 }] });

    const other = await registerLearner(app, 'Other');
    const theirs = (await app.inject({ method: 'GET', url: '/api/v1/me/self-assessment', headers: other.auth })).json();
    expect(theirs.competencies.every((entry: { history: unknown[] }) => entry.history.length === 0)).toBe(true);

    const recommended = (await app.inject({ method: 'GET', url: '/api/v1/me/competency-recommendations', headers: learner.auth })).json();
    expect(recommended.weakest[0]).toEqual({ competency: weak, name: 'Test outreach', rating: 1 });
    expect(recommended.recommendations.map((entry: { slug: string }) => entry.slug)).toEqual(expect.arrayContaining(series.sessionSlugs));

    const exported = (await app.inject({ method: 'GET', url: '/api/v1/me/export', headers: learner.auth })).json();
    expect(exported.selfAssessments).toHaveLength(3);
    const erased = await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: learner.auth, payload: { currentPassword: learner.password } });
    expect(erased.statusCode).toBe(204);
    expect(await prisma.selfAssessment.count({ where: { userId: learner.id } })).toBe(0);
  }, 60_000);
});

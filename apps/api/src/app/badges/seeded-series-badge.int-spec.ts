import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { createPrismaClient } from '@stacks/db';
import { runSeed } from '@stacks/db/seed';
import { createScratchDatabase, type DisposableDatabase } from '@stacks/db/testing';
import { statusListSigned } from '../../testing/badge-award.js';
import { verifierCoreStep, verifyWithJose, verifyWithVerifierCore } from '../../testing/independent-verifier.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { type AppProcess, PROCESS_SETUP_TIMEOUT_MS, waitFor } from '@stacks/test-processes';
import { startWorker } from '../../testing/worker-process.js';
import type { BadgeDto } from './dto/badges.dto.js';

/**
 * The automatic-badge path end to end, on the catalogue `npm run db:seed` loads: the demo learner
 * who has watched one of the three Models for Change webinars finishes the other two and, with no
 * admin action, holds a credential that jose and the wallet's verifier (verifier-core) verify; the
 * seeded admin revokes it and both verifications then say so. Its own database (seeded) and queue prefix, so the seed meets no other test's rows.
 */
describe('the seeded three-part series earns its badge (npm run db:seed catalogue)', () => {
  const DEMO_PASSWORD = 'seeded-demo-password';
  const SERIES = 'ltc-mfc-large-urban-public-libraries';
  let database: DisposableDatabase;
  let app: TestApp;
  let worker: AppProcess;

  beforeAll(async () => {
    database = await createScratchDatabase('seeded', { migrate: true });
    const prisma = createPrismaClient(database.url, { poolSize: 2 });
    try {
      await runSeed(prisma, { demoAccounts: true, demoPassword: DEMO_PASSWORD, hashPassword: (password) => hash(password, { algorithm: 2 }) });
    } finally {
      await prisma.$disconnect();
    }
    const settings = { DATABASE_URL: database.url, QUEUE_PREFIX: `stacks-test-seeded-${randomUUID().slice(0, 8)}` };
    app = await startTestApp(settings);
    worker = await startWorker(settings);
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await database?.drop();
  }, 30_000);

  const logIn = async (email: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: DEMO_PASSWORD } });
    expect(response.statusCode).toBe(200);
    return { authorization: `Bearer ${response.json().accessToken}` };
  };

  it('a demo learner finishes the series, gets a credential jose verifies, and sees it revoked after the admin revokes it', async () => {
    const sam = await logIn('sam.learner@stacks.local');
    const before = (await app.inject({ method: 'GET', url: `/api/v1/me/progress/${SERIES}`, headers: sam })).json();
    expect(before).toMatchObject({ totalSessions: 3, percentage: 33, satisfied: false, neededCount: 2 });
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: sam })).json()).toEqual([]);

    for (const part of [2, 3]) {
      const report = await app.inject({
        method: 'POST',
        url: '/api/v1/me/completion-events',
        headers: { ...sam, 'idempotency-key': `seeded-part-${part}` },
        payload: { session: `ltc-mfc-large-urban-part-${part}`, source: 'RECORDING_VIEWED', viewedPercent: 95 },
      });
      expect(report.statusCode).toBe(201);
    }
    const after = (await app.inject({ method: 'GET', url: `/api/v1/me/progress/${SERIES}`, headers: sam })).json();
    expect(after).toMatchObject({ percentage: 100, satisfied: true, neededCount: 0, unlock: { unlockedAt: expect.any(String) } });

    const badge = await waitFor(async () => {
      const list: BadgeDto[] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: sam })).json();
      return list.find((entry) => entry.achievement.slug === 'ltc-mfc-large-urban-dialogue-facilitation') ?? null;
    }, 30_000, 'the worker to award the seeded series badge');
    expect(badge).toMatchObject({ status: 'valid', manual: false, achievement: { slug: 'ltc-mfc-large-urban-dialogue-facilitation' } });
    await statusListSigned(app, badge.credentialId);

    const jws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${badge.credentialId}/jws` })).body;
    const { payload } = await verifyWithJose(app, jws);
    expect(payload).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: { type: ['AchievementSubject'], achievement: { name: 'Dialogue Facilitation for Large and Urban Public Libraries' } },
    });
    expect((payload.issuer as { id: string }).id).toMatch(/:issuers:ala-ppo$/);

    // Issue 14's "done when": the credential from "My badges", as it is, verifies in the wallet's verifier.
    const credential = (await app.inject({ method: 'GET', url: badge.links.json.replace('http://localhost:3000', '') })).json();
    const inWallet = await verifyWithVerifierCore(app, credential);
    expect(['valid_signature', 'expiration', 'revocation_status'].map((step) => verifierCoreStep(inWallet, step))).toEqual([true, true, true]);

    // The badge completes the pathway: wait for its certificate before revoking the badge (the next test follows the cascade).
    await waitFor(async () => {
      const list: { achievement: { slug: string } }[] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: sam })).json();
      return list.find((entry) => entry.achievement.slug === 'community-engagement-facilitation') ?? null;
    }, 30_000, 'the worker to issue the pathway certificate');

    const admin = await logIn('admin@stacks.local');
    const revoked = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/credentials/${badge.credentialId}/revoke`,
      headers: admin,
      payload: { reason: 'Demo revocation' },
    });
    expect(revoked.statusCode).toBe(201);
    await statusListSigned(app, badge.credentialId);
    const verdict = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: { 'content-type': 'application/vc+jwt' }, payload: jws });
    expect(verdict.json()).toMatchObject({ verified: false, status: 'revoked', revocationReason: 'Demo revocation' });
    const afterRevoke = await verifyWithVerifierCore(app, credential);
    expect(verifierCoreStep(afterRevoke, 'valid_signature')).toBe(true);
    expect(verifierCoreStep(afterRevoke, 'revocation_status')).toBe(false);
  }, 90_000);

  it('the series badge stacks into the pathway certificate: issued once by the worker, verified like any credential, revoked with the badge', async () => {
    const sam = await logIn('sam.learner@stacks.local');
    // Sam's series badge was revoked in the test above; the certificate was issued when the badge was.
    const certificate = await waitFor(async () => {
      const list: BadgeDto[] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: sam })).json();
      return list.find((entry) => entry.achievement.slug === 'community-engagement-facilitation') ?? null;
    }, 30_000, 'the worker to issue the pathway certificate') as BadgeDto;
    expect(certificate).toMatchObject({ manual: false, achievement: { rule: 'PATHWAY_COMPLETED', name: 'Community engagement facilitation' } });
    const badges: BadgeDto[] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: sam })).json();
    expect(badges.filter((entry) => entry.achievement.slug === 'community-engagement-facilitation')).toHaveLength(1);
    const seriesBadge = badges.find((entry) => entry.achievement.slug === 'ltc-mfc-large-urban-dialogue-facilitation') as BadgeDto;

    // The OB 3.0 shape: a Certificate that references the badge it stacks and aligns to competencies.
    const json = (await app.inject({ method: 'GET', url: certificate.links.json.replace('http://localhost:3000', '') })).json();
    const achievement = json.credentialSubject.achievement;
    expect(achievement.achievementType).toBe('Certificate');
    expect(achievement.related).toEqual([{ id: seriesBadge.achievement.achievementUrl, type: ['Related'] }]);
    expect(json.evidence).toEqual([expect.objectContaining({ id: `http://localhost:3000/api/v1/credentials/${seriesBadge.credentialId}`, name: 'Dialogue Facilitation for Large and Urban Public Libraries' })]);
    expect(achievement.alignment.map((target: { targetUrl: string; targetType: string }) => [target.targetUrl, target.targetType])).toEqual([
      ['http://localhost:3000/api/v1/competencies/dialogue-facilitation', 'ext:StacksCompetency'],
      ['http://localhost:3000/api/v1/competencies/library-led-community-engagement', 'ext:StacksCompetency'],
    ]);
    const competency = await app.inject({ method: 'GET', url: '/api/v1/competencies/dialogue-facilitation' });
    expect(competency.json()).toMatchObject({ id: 'http://localhost:3000/api/v1/competencies/dialogue-facilitation', name: 'Dialogue facilitation' });

    // Verified like every other credential: jose on the JWS, verifier-core on the JSON.
    await verifyWithJose(app, (await app.inject({ method: 'GET', url: `/api/v1/credentials/${certificate.credentialId}/jws` })).body);
    // The series badge was revoked above, so the certificate was revoked with it (REVOKE policy).
    expect(certificate).toMatchObject({ status: 'revoked', revocationReason: expect.stringContaining('Dialogue Facilitation for Large and Urban Public Libraries') });
    await statusListSigned(app, certificate.credentialId);
    const inWallet = await verifyWithVerifierCore(app, json);
    expect(verifierCoreStep(inWallet, 'valid_signature')).toBe(true);
    expect(verifierCoreStep(inWallet, 'revocation_status')).toBe(false);
    const maps = await app.inject({ method: 'GET', url: '/api/v1/me/pathways', headers: sam });
    expect(maps.json()[0]).toMatchObject({ slug: 'community-engagement-facilitation', status: 'not-started', credential: { credentialId: certificate.credentialId, status: 'revoked' } });
  }, 60_000);

  it('the demo learner whose series was seeded complete gets hers when the worker catches up, with no event', async () => {
    const maya = await logIn('maya.learner@stacks.local');
    const badge = await waitFor(async () => {
      const list: { achievement: { slug: string } }[] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: maya })).json();
      return list.find((entry) => entry.achievement.slug === 'ltc-mfc-large-urban-dialogue-facilitation') ?? null;
    }, 30_000, 'the start-up catch-up award') as BadgeDto;
    expect(badge).toMatchObject({ status: 'valid', achievement: { slug: 'ltc-mfc-large-urban-dialogue-facilitation' } });
    await verifyWithJose(app, (await app.inject({ method: 'GET', url: `/api/v1/credentials/${badge.credentialId}/jws` })).body);

    // Her badge completes the Models for Change pathway: the certificate follows, in force, and verifies in the wallet's verifier.
    const certificate = await waitFor(async () => {
      const list: BadgeDto[] = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: maya })).json();
      return list.find((entry) => entry.achievement.slug === 'community-engagement-facilitation') ?? null;
    }, 30_000, 'the pathway certificate after the catch-up award') as BadgeDto;
    expect(certificate.status).toBe('valid');
    const json = (await app.inject({ method: 'GET', url: certificate.links.json.replace('http://localhost:3000', '') })).json();
    await statusListSigned(app, certificate.credentialId);
    const inWallet = await verifyWithVerifierCore(app, json);
    expect(['valid_signature', 'expiration', 'revocation_status'].map((step) => verifierCoreStep(inWallet, step))).toEqual([true, true, true]);
    const [map] = (await app.inject({ method: 'GET', url: '/api/v1/me/pathways', headers: maya })).json();
    expect(map).toMatchObject({ status: 'completed', next: [], credential: { credentialId: certificate.credentialId, status: 'valid' } });
    expect(map.requirements.items.map((item: { state: string }) => item.state)).toEqual(['done', 'optional', 'optional']);
  }, 60_000);
});

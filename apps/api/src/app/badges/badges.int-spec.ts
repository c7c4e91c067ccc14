import { randomBytes, randomUUID } from 'node:crypto';
import { BadgeIssuance } from '@stacks/badge-issuance';
import {
  bakePng,
  bakeSvg,
  credentialOf,
  ed25519FromSeed,
  extractFromPng,
  extractFromSvg,
  renderBadgeSvg,
  renderPng,
  signCredentialJws,
  validateCredentialSchema,
} from '@stacks/badges';
import { PrismaService } from '@stacks/db';
import { JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { type Job, Queue } from 'bullmq';
import { registerLearner, type TestAccount } from '../../testing/accounts.js';
import {
  readBakedPngWithIndependentReader,
  verifierCoreStep,
  verifyWithDigitalBazaar,
  verifyWithJose,
  verifyWithVerifierCore,
} from '../../testing/independent-verifier.js';
import { createSeriesWithBadge } from '../../testing/catalogue-fixture.js';
import { startBadgeTestApp } from '../../testing/badge-test-app.js';
import { statusListSigned, waitForIssued } from '../../testing/badge-award.js';
import { testConfig, type TestApp } from '../../testing/test-app.js';
import { type AppProcess, PROCESS_SETUP_TIMEOUT_MS, waitFor } from '@stacks/test-processes';
import { startWorker } from '../../testing/worker-process.js';

describe('badges (API + worker)', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let worker: AppProcess;
  let admin: TestAccount;

  const seriesWithBadge = (options: { validForDays?: number } = {}) => createSeriesWithBadge(prisma, options);

  const complete = (learner: TestAccount, session: string) =>
    app.inject({ method: 'POST', url: '/api/v1/me/completion-events', headers: learner.auth, payload: { session, source: 'RECORDING_VIEWED', viewedPercent: 100 } });

  const verify = (payload: unknown, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: { 'content-type': contentType },
      payload: typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload),
    });

  beforeAll(async () => {
    ({ app, prisma, admin } = await startBadgeTestApp());
    worker = await startWorker();
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
  }, 20_000);

  it('completing the three sessions earns a credential with no admin action; jose verifies it; revoking it shows as revoked', async () => {
    const series = await seriesWithBadge();
    const learner = await registerLearner(app, 'Maya');
    for (const session of series.sessionSlugs) expect((await complete(learner, session)).statusCode).toBe(201);

    const badges = await waitFor(async () => {
      const list = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: learner.auth })).json();
      return list.length > 0 ? list : null;
    }, 20_000, 'the worker to award the badge');
    expect(badges).toHaveLength(1);
    const [badge] = badges;
    await statusListSigned(app, badge.credentialId);
    expect(badge).toMatchObject({ status: 'valid', manual: false, achievement: { slug: series.achievementSlug } });
    expect(badge.links.page).toBe(`http://localhost:3000/api/v1/credentials/${badge.credentialId}/page`);

    // The award notice went to the notifications queue through the outbox, in the issuing transaction.
    const notice = await prisma.outboxEvent.findUniqueOrThrow({ where: { jobId: `badge-awarded.${badge.credentialId}` } });
    expect(notice).toMatchObject({ queue: QueueName.Notifications, jobName: 'badge-awarded' });
    expect(notice.payload).toMatchObject({ userId: learner.id, credentialId: badge.credentialId, credentialUrl: badge.links.page });

    const jws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${badge.credentialId}/jws` })).body;
    const { payload, protectedHeader } = await verifyWithJose(app, jws);
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    expect(payload).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      id: `http://localhost:3000/api/v1/credentials/${badge.credentialId}`,
      credentialSubject: { type: ['AchievementSubject'], achievement: { name: 'Dialogue facilitation (test series)' } },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
    });
    expect((payload.issuer as { id: string }).id).toMatch(/^did:web:localhost%3A3000:issuers:test-division-/);
    const json = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${badge.credentialId}` })).json();
    // The JSON is the credential itself; the JWT claims (iss, jti, nbf) only stand beside it in the JWS.
    expect(payload).toMatchObject({ iss: (payload.issuer as { id: string }).id, jti: payload.id });
    expect(json).toEqual(credentialOf(payload));
    expect(json).not.toHaveProperty('iss');

    const before = await verify({ credential: jws });
    expect(before.json()).toMatchObject({ verified: true, status: 'valid', presented: 'jws' });

    const revoked = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/credentials/${badge.credentialId}/revoke`,
      headers: admin.auth,
      payload: { reason: 'Awarded in error during a test' },
    });
    expect(revoked.statusCode).toBe(201);
    await statusListSigned(app, badge.credentialId);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revocationReason: 'Awarded in error during a test' });
    const after = await verify(jws, 'application/vc+jwt');
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({
      verified: false,
      status: 'revoked',
      reason: 'invalid because the issuer has revoked it',
      revocationReason: 'Awarded in error during a test',
    });
    expect(await prisma.auditEntry.count({ where: { actorId: admin.id, action: 'badge.revoke', subjectId: badge.credentialId } })).toBe(1);
    const again = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${badge.credentialId}/revoke`, headers: admin.auth, payload: { reason: 'twice' } });
    expect(again.statusCode).toBe(409);

    const page = await app.inject({ method: 'GET', url: `/api/v1/credentials/${badge.credentialId}/page` });
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('Revoked');
    expect(page.body).toContain('Awarded in error during a test');
    expect(page.body).toContain('Maya');
  }, 60_000);

  it('repeated and racing events give exactly one credential', async () => {
    const series = await seriesWithBadge();
    const learner = await registerLearner(app, 'Racer');
    for (const session of series.sessionSlugs) await complete(learner, session);
    await waitFor(() => prisma.badgeCredential.count({ where: { award: { userId: learner.id } } }), 20_000, 'the first award');

    // The same unlock, re-delivered under fresh job ids (as a replay would), plus direct racing calls.
    const queue = new Queue(QueueName.LearningEvents, { connection: redisConnectionOptions(testConfig().REDIS_URL), prefix: testConfig().QUEUE_PREFIX });
    const unlock = { userId: learner.id, seriesId: series.seriesId, seriesSlug: series.seriesSlug, unlockTitle: null, unlockedAt: new Date().toISOString() };
    const replays: Job[] = [];
    for (let copy = 0; copy < 5; copy += 1) replays.push(await queue.add(JobName.SeriesUnlocked, unlock, { jobId: `replay.${randomUUID()}` }));
    const issuance = app.nest.get(BadgeIssuance);
    const racing = await Promise.all(Array.from({ length: 8 }, () => issuance.awardForSeriesUnlock(learner.id, series.seriesId)));
    expect(racing.flat().filter((result) => result.created)).toHaveLength(0);
    await waitFor(async () => {
      const states = await Promise.all(replays.map((job) => job.getState()));
      return states.every((state) => state === 'completed') ? true : null;
    }, 20_000, 'the replayed jobs to be processed');
    await queue.close();

    expect(await prisma.badgeAward.count({ where: { userId: learner.id } })).toBe(1);
    expect(await prisma.badgeCredential.count({ where: { award: { userId: learner.id } } })).toBe(1);
    expect(await prisma.outboxEvent.count({ where: { jobName: 'badge-awarded', payload: { path: ['userId'], equals: learner.id } } })).toBe(1);
  }, 60_000);

  it('racing first awards (no prior award) still create exactly one', async () => {
    const series = await seriesWithBadge();
    const learner = await registerLearner(app, 'Sprinter');
    await prisma.seriesUnlock.create({ data: { userId: learner.id, seriesId: series.seriesId } });
    const issuance = app.nest.get(BadgeIssuance);
    const results = (await Promise.all(Array.from({ length: 6 }, () => issuance.awardForSeriesUnlock(learner.id, series.seriesId)))).flat();
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.credentialId)).size).toBe(1);
  });

  it('wallets’ verifier (verifier-core) and @digitalbazaar/vc accept the credential JSON; after a revoke both report it revoked; tampering is caught', async () => {
    const series = await seriesWithBadge({ validForDays: 365 });
    const learner = await registerLearner(app, 'Wallet');
    await prisma.seriesUnlock.create({ data: { userId: learner.id, seriesId: series.seriesId } });
    const [result] = await app.nest.get(BadgeIssuance).awardForSeriesUnlock(learner.id, series.seriesId);
    const id = result.credentialId as string;
    await statusListSigned(app, id, { signHere: true });
    const credential = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${id}` })).json();
    expect(credential.proof).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' })]);
    expect(validateCredentialSchema(credential)).toEqual({ valid: true, errors: [] });

    const fresh = await verifyWithVerifierCore(app, credential);
    expect(['valid_signature', 'expiration', 'revocation_status'].map((step) => [step, verifierCoreStep(fresh, step)])).toEqual([
      ['valid_signature', true],
      ['expiration', true],
      ['revocation_status', true],
    ]);
    // verifier-core also validates it against the schema its credentialSchema names.
    expect(fresh.additionalInformation).toContainEqual({ id: 'schema_check', results: [expect.objectContaining({ result: { valid: true } })] });
    expect(await verifyWithDigitalBazaar(app, credential)).toMatchObject({ verified: true, revoked: false });

    // The status list: JSON with a Data Integrity proof by the credential's issuer, or JWS on request; cached briefly.
    const listUrl = credential.credentialStatus.statusListCredential.replace('http://localhost:3000', '');
    const list = await app.inject({ method: 'GET', url: listUrl });
    expect(list.headers['content-type']).toMatch(/^application\/vc\+ld\+json/);
    expect(list.headers['cache-control']).toBe('public, max-age=300');
    expect(list.json()).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer: credential.issuer.id, proof: [expect.any(Object)] });
    expect(Date.parse(list.json().validUntil) - Date.parse(list.json().validFrom)).toBe(600_000);
    const listJws = await app.inject({ method: 'GET', url: listUrl, headers: { accept: 'application/vc+jwt' } });
    expect(listJws.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    expect((await verifyWithJose(app, listJws.body)).payload).toMatchObject({ id: list.json().id, issuer: credential.issuer.id });
    // The API serves what the worker signed: the ETag names that signing, and a verifier holding it revalidates for a 304.
    const etag = String(list.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await app.inject({ method: 'GET', url: listUrl, headers: { 'if-none-match': etag } });
    expect([unchanged.statusCode, unchanged.body]).toEqual([304, '']);
    expect((await app.inject({ method: 'GET', url: listUrl, headers: { 'if-none-match': '"something-else"' } })).statusCode).toBe(200);
    // A list the worker has not signed yet is a 503 with Retry-After, never a list signed in the request.
    const opened = await prisma.badgeStatusList.create({ data: { size: 131_072 } });
    const pending = await app.inject({ method: 'GET', url: `/api/v1/status-lists/${opened.id}` });
    expect([pending.statusCode, pending.headers['retry-after'], pending.json().type]).toEqual([503, '5', expect.stringMatching(/status-list-pending$/)]);
    await prisma.badgeStatusList.delete({ where: { id: opened.id } });

    for (const [what, forged] of [
      ['a field', { ...credential, name: 'Forged name' }],
      ['the proof', { ...credential, proof: [{ ...credential.proof[0], proofValue: `${credential.proof[0].proofValue.slice(0, -3)}abc` }] }],
    ] as const) {
      expect({ what, signature: verifierCoreStep(await verifyWithVerifierCore(app, forged), 'valid_signature') }).not.toEqual({ what, signature: true });
      expect({ what, verified: (await verifyWithDigitalBazaar(app, forged)).verified }).toEqual({ what, verified: false });
    }

    const revoke = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${id}/revoke`, headers: admin.auth, payload: { reason: 'Wallet test' } });
    expect(revoke.statusCode).toBe(201);
    await statusListSigned(app, id);
    const revoked = await verifyWithVerifierCore(app, credential);
    expect(verifierCoreStep(revoked, 'valid_signature')).toBe(true);
    expect(verifierCoreStep(revoked, 'revocation_status')).toBe(false);
    expect(await verifyWithDigitalBazaar(app, credential)).toMatchObject({ revoked: true });
    expect((await verify({ credential })).json()).toMatchObject({ verified: false, status: 'revoked', revocationReason: 'Wallet test' });
  }, 60_000);

  it('verify explains tampered, foreign and garbage input without a 500', async () => {
    const series = await seriesWithBadge();
    const learner = await registerLearner(app, 'Tamper');
    await prisma.seriesUnlock.create({ data: { userId: learner.id, seriesId: series.seriesId } });
    const [result] = await app.nest.get(BadgeIssuance).awardForSeriesUnlock(learner.id, series.seriesId);
    const id = result.credentialId as string;
    await statusListSigned(app, id, { signHere: true });
    const jws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${id}/jws` })).body;
    const json = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${id}` })).json();

    expect((await verify({ credential: json })).json()).toMatchObject({ status: 'valid', presented: 'json' });
    const edited = { ...json, name: 'Master of Everything' };
    const tamperedJson = await verify(edited);
    expect(tamperedJson.statusCode).toBe(200);
    expect(tamperedJson.json()).toMatchObject({ verified: false, status: 'invalid', presented: 'json' });
    expect(tamperedJson.json().reason).toBe('invalid because its Data Integrity proof does not verify: Invalid signature.');
    // Without its proof, the JSON is compared with the credential we signed.
    const { proof: _proof, ...bare } = edited;
    expect((await verify(bare)).json().reason).toBe('invalid because it differs from the credential that was signed (name)');
    const { proof: _unchangedProof, ...unchanged } = json;
    expect((await verify(unchanged)).json()).toMatchObject({ status: 'valid' });

    const [header, body, signature] = jws.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), validUntil: '2099-01-01T00:00:00Z' })).toString('base64url');
    const tamperedJws = await verify({ credential: `${header}.${forgedBody}.${signature}` });
    expect(tamperedJws.json()).toMatchObject({ verified: false, status: 'invalid' });
    expect(tamperedJws.json().reason).toMatch(/^invalid because its signature does not match its content/);

    const inputs: [unknown, string][] = [
      [{ credential: 'not a credential' }, 'application/json'],
      [{ credential: { hello: 'world' } }, 'application/json'],
      [[1, 2, 3], 'application/json'],
      ['eyJhbGciOiJub25lIn0.e30.', 'text/plain'],
      ['{"broken": ', 'text/plain'],
      [Buffer.from('definitely not a png'), 'image/png'],
      ['<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'image/svg+xml'],
      ['<html>nope</html>', 'image/svg+xml'],
    ];
    for (const [input, contentType] of inputs) {
      const response = await verify(input, contentType);
      expect({ input, status: response.statusCode }).toEqual({ input, status: 200 });
      expect(response.json().reason).toMatch(/^invalid because /);
    }
    // A well-formed credential signed by someone else's key, naming a foreign issuer.
    const foreignKey = ed25519FromSeed('theirs', randomBytes(32));
    const foreign = signCredentialJws({ ...json, issuer: { id: 'did:web:badges.elsewhere.example', type: ['Profile'] } }, 'did:web:badges.elsewhere.example', foreignKey);
    expect((await verify({ credential: foreign })).json().reason).toBe(
      'invalid because its issuer did:web:badges.elsewhere.example is not one this service can resolve (foreign or unknown issuer)',
    );
    // Our issuer named, but signed with a key that is not ours.
    const impostor = signCredentialJws(json, json.issuer.id, { ...foreignKey, keyId: 'development-only-key' });
    expect((await verify({ credential: impostor })).json().reason).toMatch(/^invalid because its signature does not match its content/);

    // Uploads beyond the body limit are refused by the server, not crashed on.
    const oversized = await verify(Buffer.alloc(testConfig().BODY_LIMIT_BYTES + 1024, 1), 'image/png');
    expect(oversized.statusCode).toBe(413);

    const empty = await verify({}, 'application/json');
    expect(empty.statusCode).toBeLessThan(500);
    expect(empty.json().verified ?? false).toBe(false);
    const nothing = await verify({ credential: '' });
    expect(nothing.statusCode).toBe(400);
  }, 30_000);

  it('bakes the credential into PNG and SVG downloads, and verifies the uploaded images', async () => {
    const series = await seriesWithBadge({ validForDays: 365 });
    const learner = await registerLearner(app, 'Baker');
    await prisma.seriesUnlock.create({ data: { userId: learner.id, seriesId: series.seriesId } });
    const [result] = await app.nest.get(BadgeIssuance).awardForSeriesUnlock(learner.id, series.seriesId);
    const id = result.credentialId as string;
    await statusListSigned(app, id, { signHere: true });
    const jws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${id}/jws` })).body;

    const credential = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${id}` })).json();
    expect(Date.parse(credential.validUntil) - Date.parse(credential.validFrom)).toBe(365 * 86_400_000);

    // OB 3.0 baking: the JSON credential with its proof, in the PNG's iTXt chunk…
    const png = await app.inject({ method: 'GET', url: `/api/v1/credentials/${id}/badge.png` });
    expect(png.headers['content-type']).toBe('image/png');
    expect(JSON.parse(extractFromPng(png.rawPayload) as string)).toEqual(credential);
    // …read back by an independent PNG chunk reader, then verified by an independent verifier.
    const baked = readBakedPngWithIndependentReader(png.rawPayload);
    expect(baked.keyword).toBe('openbadgecredential');
    expect(await verifyWithDigitalBazaar(app, JSON.parse(baked.text))).toMatchObject({ verified: true });
    const fromPng = await verify(png.rawPayload, 'image/png');
    expect(fromPng.json()).toMatchObject({ verified: true, status: 'valid', presented: 'png' });

    // …and in the SVG's <openbadges:credential> as CDATA.
    const svg = await app.inject({ method: 'GET', url: `/api/v1/credentials/${id}/badge.svg` });
    expect(svg.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(svg.body).toContain('<openbadges:credential><![CDATA[{');
    expect(JSON.parse(extractFromSvg(svg.body) as string)).toEqual(credential);
    expect((await verify(svg.body, 'image/svg+xml')).json()).toMatchObject({ verified: true, presented: 'svg' });

    // Files baked before (the JWS in the PNG, the JWS as the SVG element's text) still verify.
    const oldPng = bakePng(renderPng(renderBadgeSvg({ achievementId: 'a', name: 'Old', issuerName: 'ALA' })), jws);
    expect((await verify(oldPng, 'image/png')).json()).toMatchObject({ verified: true, presented: 'png' });
    const oldSvg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential>${jws}</openbadges:credential></svg>`;
    expect((await verify(oldSvg, 'image/svg+xml')).json()).toMatchObject({ verified: true, presented: 'svg' });
    const verifyAttribute = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>', jws);
    expect(verifyAttribute).toContain(`verify="${jws}"`);
    expect((await verify(verifyAttribute, 'image/svg+xml')).json()).toMatchObject({ verified: true, presented: 'svg' });

    // Flipping one byte inside the baked credential (with a recomputed CRC it would still be a valid PNG; without, it is damaged).
    const damaged = Buffer.from(png.rawPayload);
    damaged[damaged.indexOf('openbadgecredential') + 60] ^= 0x01;
    expect((await verify(damaged, 'image/png')).json().reason).toMatch(/^invalid because a PNG chunk fails its CRC check/);
    // A changed field re-baked into a sound PNG is caught by the proof.
    const forged = bakePng(renderPng(renderBadgeSvg({ achievementId: 'a', name: 'Forged', issuerName: 'ALA' })), JSON.stringify({ ...credential, validUntil: '2099-01-01T00:00:00Z' }));
    expect((await verify(forged, 'image/png')).json().reason).toMatch(/^invalid because its Data Integrity proof does not verify/);
  }, 60_000);

  it('admins award by hand with evidence (audited), search, and re-issue; learners see their own badges only', async () => {
    const series = await seriesWithBadge();
    const learner = await registerLearner(app, 'Manual');
    const other = await registerLearner(app, 'Bystander');

    const invalid = await app.inject({ method: 'POST', url: '/api/v1/admin/badge-awards', headers: admin.auth, payload: { learnerId: learner.id, achievement: series.achievementSlug } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((error: { field: string }) => error.field)).toContain('evidenceUrl');

    const evidence = { learnerId: learner.id, achievement: series.achievementSlug, evidenceNarrative: 'Led three community conversations.', evidenceUrl: 'https://example.org/report' };
    const awarded = await app.inject({ method: 'POST', url: '/api/v1/admin/badge-awards', headers: admin.auth, payload: evidence });
    // The API only records the award: the worker signs it, and the answer says where to watch.
    expect(awarded.statusCode).toBe(202);
    const poll = String(awarded.headers.location);
    expect(poll).toBe(`/api/v1/admin/badge-issuances/${awarded.json().id}`);
    expect(awarded.json()).toMatchObject({ awardId: expect.any(String), status: expect.stringMatching(/^(PENDING|ISSUED)$/), learner: { id: learner.id }, poll });
    // A retried request (same admin, learner, achievement and evidence) finds the same award.
    const retried = await app.inject({ method: 'POST', url: '/api/v1/admin/badge-awards', headers: admin.auth, payload: evidence });
    expect(retried.statusCode).toBe(202);
    expect(retried.json()).toMatchObject({ id: awarded.json().id, awardId: awarded.json().awardId });
    const issued = await waitForIssued(app, admin.auth, poll);
    const credentialId = issued.credentialId as string;
    expect(issued.credential).toMatchObject({ credentialId, manual: true, status: 'valid' });
    expect(await prisma.badgeCredential.count({ where: { awardId: awarded.json().awardId } })).toBe(1);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'badge.award', subjectId: awarded.json().awardId } });
    expect(audit).toMatchObject({ actorId: admin.id, details: { learnerId: learner.id, evidenceNarrative: 'Led three community conversations.' } });
    const payload = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${credentialId}` })).json();
    expect(payload.evidence).toEqual([{ type: ['Evidence'], id: 'https://example.org/report', narrative: 'Led three community conversations.' }]);

    const duplicate = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/badge-awards',
      headers: admin.auth,
      payload: { learnerId: learner.id, achievement: series.achievementId, evidenceNarrative: 'Again.' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().type).toMatch(/already-awarded$/);

    const search = await app.inject({ method: 'GET', url: `/api/v1/admin/badge-awards?q=manual&achievement=${series.achievementSlug}&status=valid`, headers: admin.auth });
    expect(search.json().items.map((item: { credentialId: string }) => item.credentialId)).toEqual([credentialId]);

    const reissued = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${credentialId}/reissue`, headers: admin.auth, payload: { reason: 'Description corrected' } });
    expect(reissued.statusCode).toBe(202);
    expect(reissued.json()).toMatchObject({ replaces: credentialId, awardId: awarded.json().awardId });
    const reissue = await waitForIssued(app, admin.auth, String(reissued.headers.location));
    expect(reissue.credential).toMatchObject({ status: 'valid', replaces: credentialId });
    const oldJws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${credentialId}/jws` })).body;
    expect((await verify(oldJws, 'text/plain')).json().status).toBe('revoked');
    const newJws = (await app.inject({ method: 'GET', url: `/api/v1/credentials/${reissue.credentialId}/jws` })).body;
    expect((await verify(newJws, 'text/plain')).json().status).toBe('valid');
    await verifyWithJose(app, newJws);
    const twice = await app.inject({ method: 'POST', url: `/api/v1/admin/credentials/${credentialId}/reissue`, headers: admin.auth, payload: {} });
    expect(twice.statusCode).toBe(409);
    // Nothing is left waiting for the worker.
    const pending = await app.inject({ method: 'GET', url: '/api/v1/admin/badge-issuances?status=PENDING', headers: admin.auth });
    expect(pending.json().items.filter((item: { awardId: string }) => item.awardId === awarded.json().awardId)).toEqual([]);

    const mine = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: learner.auth })).json();
    expect(mine.map((badge: { status: string }) => badge.status).sort()).toEqual(['revoked', 'valid']);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: other.auth })).json()).toEqual([]);
  }, 30_000);

  it('publishes DID documents (with every configured key) and achievements', async () => {
    const root = await app.inject({ method: 'GET', url: '/.well-known/did.json' });
    expect(root.statusCode).toBe(200);
    expect(root.json()).toMatchObject({
      id: 'did:web:localhost%3A3000',
      verificationMethod: [
        { id: 'did:web:localhost%3A3000#development-only-key', type: 'JsonWebKey' },
        { id: 'did:web:localhost%3A3000#development-only-key-multikey', type: 'Multikey', publicKeyMultibase: expect.stringMatching(/^z6Mk/) },
      ],
      assertionMethod: ['did:web:localhost%3A3000#development-only-key', 'did:web:localhost%3A3000#development-only-key-multikey'],
    });
    expect(JSON.stringify(root.json())).not.toContain('"d"');
    expect((await app.inject({ method: 'GET', url: '/issuers/no-such-issuer/did.json' })).statusCode).toBe(404);
    const achievements = (await app.inject({ method: 'GET', url: '/api/v1/achievements' })).json();
    expect(achievements.length).toBeGreaterThan(0);
    const first = (await app.inject({ method: 'GET', url: `/api/v1/achievements/${achievements[0].slug}` })).json();
    expect(first).toMatchObject({ type: ['Achievement'], criteria: { narrative: expect.any(String) } });
    const image = await app.inject({ method: 'GET', url: `/api/v1/achievements/${achievements[0].id}/image.svg` });
    expect(image.body).toMatch(/^<svg /);
    expect((await app.inject({ method: 'GET', url: '/api/v1/credentials/not-a-uuid' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: `/api/v1/credentials/${randomUUID()}` })).statusCode).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import {
  Bitstring,
  credentialOf,
  decodeJws,
  DEVELOPMENT_KEY_ID,
  ed25519FromSeed,
  type KeyRing,
  MIN_STATUS_LIST_ENTRIES,
  OB_CONTEXT,
  offlineDocumentLoader,
  signCredentialJws,
  VC_CONTEXT_V2,
} from '@stacks/badges';
import { parseConfig } from '@stacks/config';
import { type PrismaClient, PrismaService } from '@stacks/db';
import { BadgeIssuance, BadgeIssuanceError } from './badge-issuance.js';
import { keyRingFromConfig } from './key-ring.js';

const ring = (...keys: ReturnType<typeof ed25519FromSeed>[]): KeyRing => ({ active: keys[keys.length - 1], all: keys, development: false });
const keyA = ed25519FromSeed('2025-a', Buffer.alloc(32, 0xa));
const keyB = ed25519FromSeed('2026-b', Buffer.alloc(32, 0xb));

describe('BadgeIssuance', () => {
  const config = parseConfig(process.env);
  let prisma: PrismaClient;

  beforeAll(async () => {
    prisma = new PrismaService(config);
    await prisma.badgeIssuer.upsert({
      where: { slug: 'ala' },
      create: { slug: 'ala', name: 'American Library Association', description: 'The association.', url: 'https://www.ala.org', isPrimary: true },
      update: {},
    });
  });
  afterAll(() => prisma.$disconnect());

  /** A learner and a MANUAL achievement of the primary issuer, unique per call. */
  async function learnerAndAchievement(validForDays: number | null = null) {
    const tag = randomUUID().slice(0, 8);
    const issuer = await prisma.badgeIssuer.findUniqueOrThrow({ where: { slug: 'ala' } });
    const user = await prisma.user.create({ data: { email: `learner-${tag}@test.example`, passwordHash: 'x', displayName: `Learner ${tag}` } });
    const achievement = await prisma.achievement.create({
      data: {
        slug: `manual-${tag}`,
        issuerId: issuer.id,
        name: 'Community conversation host',
        description: 'Hosted a community conversation.',
        criteriaNarrative: 'Host a conversation and send the report to the association.',
        rule: 'MANUAL',
        tags: [],
        validForDays,
      },
    });
    return { userId: user.id, achievementId: achievement.id };
  }

  it('keeps credentials signed with a retired key valid after rotation, until the key is removed', async () => {
    const before = new BadgeIssuance(prisma, config, ring(keyA));
    const old = await before.award(await learnerAndAchievement());
    const oldJws = (await prisma.badgeCredential.findUniqueOrThrow({ where: { id: old.credentialId as string } })).jws;

    const rotated = new BadgeIssuance(prisma, config, ring(keyA, keyB));
    const fresh = await rotated.award(await learnerAndAchievement());
    const freshJws = (await prisma.badgeCredential.findUniqueOrThrow({ where: { id: fresh.credentialId as string } })).jws;
    const kid = (jws: string) => (decodeJws(jws) as unknown as { header: { kid: string } }).header.kid;
    expect(kid(oldJws)).toBe(`${rotated.urls.rootDid}#2025-a`);
    expect(kid(freshJws)).toBe(`${rotated.urls.rootDid}#2026-b`);
    await rotated.refreshStatusLists(); // the worker signs the status lists the verifier reads
    expect((await rotated.verify(oldJws)).status).toBe('valid');
    expect((await rotated.verify(freshJws)).status).toBe('valid');
    const document = await rotated.didDocument(rotated.urls.rootDid);
    expect(document?.verificationMethod.map((method) => [method.id.split('#')[1], method.type])).toEqual([
      ['2025-a', 'JsonWebKey'],
      ['2025-a-multikey', 'Multikey'],
      ['2026-b', 'JsonWebKey'],
      ['2026-b-multikey', 'Multikey'],
    ]);
    expect(document?.assertionMethod).toEqual(document?.verificationMethod.map((method) => method.id));
    // The Data Integrity form follows the same rotation rules.
    const oldCredential = (await prisma.badgeCredential.findUniqueOrThrow({ where: { id: old.credentialId as string } })).credential;
    expect((await rotated.verify(oldCredential)).status).toBe('valid');

    const retired = new BadgeIssuance(prisma, config, ring(keyB));
    expect((await retired.verify(oldJws)).reason).toMatch(/signing key .*#2025-a is not listed/);
    expect((await retired.verify(oldCredential)).reason).toMatch(/signing key .*#2025-a-multikey is not a Multikey/);
  });

  it('backfills credentials issued before Data Integrity proofs: same id, dates and status index; old JWS still valid; idempotent', async () => {
    const issuance = new BadgeIssuance(prisma, config, ring(keyA));
    const issued = await issuance.award(await learnerAndAchievement());
    const row = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: issued.credentialId as string } });
    // What the previous release stored: a JWS of the credential with no proof, no schema, two contexts.
    const current = row.credential as Record<string, unknown>;
    const legacy = Object.fromEntries(Object.entries(current).filter(([name]) => name !== 'proof' && name !== 'credentialSchema'));
    legacy['@context'] = [VC_CONTEXT_V2, OB_CONTEXT];
    const legacyJws = signCredentialJws(legacy, (legacy.issuer as { id: string }).id, keyA);
    await prisma.$executeRaw`UPDATE "BadgeCredential" SET credential = NULL, jws = ${legacyJws} WHERE id = ${row.id}::uuid`;

    expect(await issuance.backfillDataIntegrity(10)).toBeGreaterThanOrEqual(1);
    const upgraded = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: row.id } });
    const credential = upgraded.credential as Record<string, unknown>;
    expect(credential).toMatchObject({ id: legacy.id, validFrom: legacy.validFrom, credentialStatus: legacy.credentialStatus, credentialSubject: legacy.credentialSubject });
    expect(credential.proof).toEqual([expect.objectContaining({ cryptosuite: 'eddsa-rdfc-2022' })]);
    expect(credential.credentialSchema).toEqual([expect.objectContaining({ type: '1EdTechJsonSchemaValidator2019' })]);
    expect(upgraded).toMatchObject({ statusListId: row.statusListId, statusIndex: row.statusIndex, issuedAt: row.issuedAt });
    const wrapped = decodeJws(upgraded.jws);
    expect(wrapped.ok && credentialOf(wrapped.payload)).toEqual(credential);
    await issuance.signStatusList(row.statusListId);
    expect((await issuance.verify(credential)).status).toBe('valid');
    expect((await issuance.verify(upgraded.jws)).status).toBe('valid');
    expect((await issuance.verify(legacyJws)).status).toBe('valid'); // badges baked before still verify
    expect(await issuance.backfillDataIntegrity(10)).toBe(0);
    expect((await prisma.badgeCredential.findUniqueOrThrow({ where: { id: row.id } })).credential).toEqual(credential);
  });

  it('sets validUntil from the achievement’s validity period and honours it when verifying', async () => {
    const issuance = new BadgeIssuance(prisma, config, ring(keyA));
    const result = await issuance.award(await learnerAndAchievement(30));
    const row = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: result.credentialId as string } });
    expect((row.validUntil as Date).getTime() - row.issuedAt.getTime()).toBe(30 * 86_400_000);
    await issuance.signStatusList(row.statusListId);
    expect((await issuance.verify(row.jws, new Date(row.issuedAt.getTime() + 29 * 86_400_000))).status).toBe('valid');
    expect((await issuance.verify(row.jws, new Date(row.issuedAt.getTime() + 31 * 86_400_000))).status).toBe('expired');
  });

  it('publishes revocations in a signed status list of at least 131,072 entries, opening a new list when one is full', async () => {
    const issuance = new BadgeIssuance(prisma, config, ring(keyA));
    const first = await issuance.award(await learnerAndAchievement());
    const firstRow = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: first.credentialId as string } });
    await prisma.badgeStatusList.updateMany({ data: { nextIndex: MIN_STATUS_LIST_ENTRIES } });
    const second = await issuance.award(await learnerAndAchievement());
    const secondRow = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: second.credentialId as string } });
    expect(secondRow.statusListId).not.toBe(firstRow.statusListId);
    expect(secondRow.statusIndex).toBe(0);

    const admin = await prisma.user.create({ data: { email: `admin-${randomUUID()}@test.example`, passwordHash: 'x', displayName: 'Admin', role: 'ADMIN' } });
    await issuance.revoke(firstRow.id, 'Test revocation', admin.id);
    await expect(issuance.revoke(firstRow.id, 'again', admin.id)).rejects.toBeInstanceOf(BadgeIssuanceError);
    // What the worker's sign-status-list job runs.
    expect(await issuance.signStatusList(firstRow.statusListId)).toBe(true);
    const listJws = (await issuance.statusListJws(firstRow.statusListId)) as string;
    const list = decodeJws(listJws) as unknown as { payload: { type: string[]; credentialSubject: { encodedList: string } } };
    expect(list.payload.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    const bits = Bitstring.decode(list.payload.credentialSubject.encodedList);
    expect(bits.length).toBeGreaterThanOrEqual(MIN_STATUS_LIST_ENTRIES);
    expect(bits.get(firstRow.statusIndex)).toBe(true);
    expect((await issuance.verify(firstRow.jws)).status).toBe('revoked');
    await issuance.signStatusList(secondRow.statusListId);
    expect((await issuance.verify(secondRow.jws)).status).toBe('valid');
  });

  it('a revocation queues its list for signing in the same transaction; the API reads only what the worker signed', async () => {
    const issuance = new BadgeIssuance(prisma, { ...config, BADGE_STATUS_LIST_MAX_AGE_SECONDS: 60 }, ring(keyA));
    await prisma.badgeStatusList.updateMany({ data: { nextIndex: MIN_STATUS_LIST_ENTRIES } });
    const awarded = await issuance.award(await learnerAndAchievement());
    const row = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: awarded.credentialId as string } });
    const signJobs = async () =>
      (await prisma.outboxEvent.findMany({ where: { jobName: 'sign-status-list' }, orderBy: { createdAt: 'asc' } }))
        .map((event) => event.payload as { listId: string; revision: number })
        .filter((payload) => payload.listId === row.statusListId);

    // A new list is queued for signing at once; until the worker has signed it there is nothing to serve.
    expect(await signJobs()).toEqual([{ listId: row.statusListId, revision: 0 }]);
    expect(await issuance.statusList(row.statusListId)).toEqual({ state: 'unsigned' });
    expect(await issuance.statusList(randomUUID())).toEqual({ state: 'missing' });
    expect(await issuance.refreshStatusLists()).toBeGreaterThanOrEqual(1);
    const before = await issuance.statusList(row.statusListId);
    if (before.state !== 'signed') throw new Error(`expected a signed list, got ${before.state}`);
    expect(before.list.maxAgeSeconds).toBe(60);
    expect(Date.parse(String(before.list.credential.validUntil)) - Date.parse(String(before.list.credential.validFrom))).toBe(120_000);

    // Revoking bumps the list's revision and queues exactly that revision, in the revoking transaction.
    const admin = await prisma.user.create({ data: { email: `admin-${randomUUID()}@test.example`, passwordHash: 'x', displayName: 'Admin', role: 'ADMIN' } });
    const revoked = await issuance.revoke(row.id, 'Queued for signing', admin.id);
    expect(await signJobs()).toEqual([{ listId: row.statusListId, revision: 0 }, { listId: row.statusListId, revision: 1 }]);
    const signJob = await prisma.outboxEvent.findFirstOrThrow({ where: { jobId: `sign-status-list.${row.statusListId}.1` } });
    expect(revoked.outboxIds).toContain(signJob.id);
    // Until the job runs, the served list is the one signed before: still valid, and verifiers learn within max-age.
    const stale = await issuance.statusList(row.statusListId);
    expect(stale).toEqual(before);
    expect(Bitstring.decode(String((stale as { list: { credential: { credentialSubject: { encodedList: string } } } }).list.credential.credentialSubject.encodedList)).get(row.statusIndex)).toBe(false);

    // The refresh finds the stale list even when its job was lost, and signs the revocation into it.
    await prisma.outboxEvent.delete({ where: { id: signJob.id } });
    expect(await issuance.refreshStatusLists()).toBeGreaterThanOrEqual(1);
    const after = await issuance.statusList(row.statusListId);
    if (after.state !== 'signed') throw new Error(`expected a signed list, got ${after.state}`);
    expect(after.list.etag).not.toBe(before.list.etag);
    expect(Bitstring.decode(after.list.credential.credentialSubject.encodedList).get(row.statusIndex)).toBe(true);
    expect((await issuance.verify(row.jws)).status).toBe('revoked');
    expect(await prisma.badgeStatusList.findUniqueOrThrow({ where: { id: row.statusListId } })).toMatchObject({ revision: 1, signedRevision: 1 });

    // A signing that read an older revision never replaces a newer one (a late job racing a fresh one).
    await prisma.badgeStatusList.update({ where: { id: row.statusListId }, data: { signedRevision: 5 } });
    expect(await issuance.signStatusList(row.statusListId)).toBe(true);
    expect(await prisma.badgeStatusList.findUniqueOrThrow({ where: { id: row.statusListId } })).toMatchObject({ signedRevision: 5, signedJws: after.list.jws });
    // Nothing due, nothing signed: a fresh list with the current revision is left alone.
    await prisma.badgeStatusList.update({ where: { id: row.statusListId }, data: { signedRevision: 1 } });
    await issuance.refreshStatusLists();
    expect((await prisma.badgeStatusList.findUniqueOrThrow({ where: { id: row.statusListId } })).signedJws).toBe(after.list.jws);
    expect(await issuance.signStatusList(randomUUID())).toBe(false);
  });

  it('manual awards and re-issues are recorded for the worker, signed once however often the job runs, and idempotent on retry', async () => {
    const issuance = new BadgeIssuance(prisma, config, ring(keyA));
    const admin = await prisma.user.create({ data: { email: `admin-${randomUUID()}@test.example`, passwordHash: 'x', displayName: 'Admin', role: 'ADMIN' } });
    const pair = await learnerAndAchievement();
    const request = { ...pair, awardedById: admin.id, evidenceNarrative: 'Hosted a conversation.' };

    // Recording signs nothing: an award, a PENDING request and one outbox event for the worker.
    const requested = await issuance.requestManualAward(request);
    expect(requested).toMatchObject({ created: true, request: { status: 'PENDING', credentialId: null, replacesId: null } });
    expect(await prisma.badgeCredential.count({ where: { awardId: requested.request.awardId } })).toBe(0);
    const outbox = await prisma.outboxEvent.findMany({ where: { id: { in: requested.outboxIds } } });
    expect(outbox.map((row) => [row.jobName, row.payload])).toEqual([['issue-badge-credential', { requestId: requested.request.id }]]);
    // The same admin repeating the same award gets the same request; a different award is a conflict.
    expect(await issuance.requestManualAward(request)).toMatchObject({ created: false, request: { id: requested.request.id }, outboxIds: [] });
    await expect(issuance.requestManualAward({ ...request, evidenceNarrative: 'Something else.' })).rejects.toThrow(/already holds/);

    // Eight deliveries of the job at once (retries, a duplicate relay): one credential, one notice.
    const runs = await Promise.all(Array.from({ length: 8 }, () => issuance.issueRequested(requested.request.id)));
    expect(runs.filter((run) => run.outcome === 'issued')).toHaveLength(1);
    expect(runs.filter((run) => run.outcome === 'done')).toHaveLength(7);
    const credentials = await prisma.badgeCredential.findMany({ where: { awardId: requested.request.awardId } });
    expect(credentials).toHaveLength(1);
    expect(await prisma.badgeIssuanceRequest.findUniqueOrThrow({ where: { id: requested.request.id } })).toMatchObject({ status: 'ISSUED', credentialId: credentials[0].id });
    const notices = await prisma.outboxEvent.findMany({ where: { jobName: 'badge-awarded' } });
    expect(notices.filter((row) => (row.payload as { credentialId: string }).credentialId === credentials[0].id)).toHaveLength(1);
    await issuance.signStatusList(credentials[0].statusListId);
    expect((await issuance.verify(credentials[0].jws)).status).toBe('valid');
    expect(await issuance.issueRequested(randomUUID())).toMatchObject({ outcome: 'missing' });

    // A re-issue keeps the old credential in force until the worker signs the new one.
    const reissue = await issuance.requestReissue(credentials[0].id, admin.id, 'Text corrected');
    expect(await issuance.requestReissue(credentials[0].id, admin.id, 'Text corrected')).toMatchObject({ created: false, request: { id: reissue.request.id } });
    await expect(issuance.requestReissue(credentials[0].id, admin.id, null, { subjectDid: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' })).rejects.toThrow(/already being re-issued/);
    expect((await prisma.badgeCredential.findUniqueOrThrow({ where: { id: credentials[0].id } })).revokedAt).toBeNull();
    const reissued = await Promise.all([issuance.issueRequested(reissue.request.id), issuance.issueRequested(reissue.request.id)]);
    expect(reissued.map((run) => run.outcome).sort()).toEqual(['done', 'issued']);
    const after = await prisma.badgeCredential.findMany({ where: { awardId: requested.request.awardId }, orderBy: { issuedAt: 'asc' } });
    expect(after).toHaveLength(2);
    expect(after.filter((row) => row.revokedAt === null).map((row) => row.replacesId)).toEqual([credentials[0].id]);
    await expect(issuance.requestReissue(credentials[0].id, admin.id, null)).rejects.toThrow(/already re-issued/);
    await expect(issuance.requestReissue(randomUUID(), admin.id, null)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('only resolves its own DIDs: foreign ones and unknown divisions get no document', async () => {
    const issuance = new BadgeIssuance(prisma, config, ring(keyA));
    expect(await issuance.didDocument('did:web:evil.example')).toBeNull();
    expect(await issuance.didDocument(`${issuance.urls.rootDid}:issuers:nobody`)).toBeNull();
    expect(await issuance.statusListJws(randomUUID())).toBeNull();
  });

  it('uses the development key outside production only', () => {
    expect(keyRingFromConfig({ NODE_ENV: 'test', BADGE_SIGNING_KEYS: undefined, BADGE_ACTIVE_KEY_ID: undefined }).active.keyId).toBe(DEVELOPMENT_KEY_ID);
    expect(() => keyRingFromConfig({ NODE_ENV: 'production', BADGE_SIGNING_KEYS: undefined, BADGE_ACTIVE_KEY_ID: undefined })).toThrow(/required/);
  });
});

describe('BadgeIssuance.reconcileSeriesAwards', () => {
  const config = parseConfig(process.env);
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = new PrismaService(config);
  });
  afterAll(() => prisma.$disconnect());

  it('awards series badges for unlocks that never produced one, once', async () => {
    const tag = randomUUID().slice(0, 8);
    const issuer = await prisma.badgeIssuer.create({ data: { slug: `division-${tag}`, name: 'Division', description: 'd', url: 'https://division.example.org' } });
    const program = await prisma.program.create({
      data: { slug: `p-${tag}`, title: 'P', kind: 'LEARNING_SERIES', summary: 's', description: 'd', audience: 'a', libraryTypes: [], librarySizes: [] },
    });
    const series = await prisma.series.create({ data: { programId: program.id, slug: `s-${tag}`, title: 'S', description: 'd', audience: 'a', libraryTypes: [], librarySizes: [] } });
    const user = await prisma.user.create({ data: { email: `early-${tag}@test.example`, passwordHash: 'x', displayName: 'Early finisher' } });
    await prisma.seriesUnlock.create({ data: { userId: user.id, seriesId: series.id } });
    // The badge is created after the learner finished: no event will ever arrive for it.
    await prisma.achievement.create({
      data: { slug: `late-${tag}`, issuerId: issuer.id, name: 'Late badge', description: 'd', criteriaNarrative: 'Finish the series.', rule: 'SERIES_COMPLETED', seriesId: series.id, tags: [] },
    });
    const issuance = new BadgeIssuance(prisma, config, ring(keyA));
    const first = await issuance.reconcileSeriesAwards();
    expect(first.filter((result) => result.created).map((result) => result.awardId)).toHaveLength(1);

    // The division's credential points at the division's own status list, which the division signs;
    // the W3C library reads it with matching issuers required.
    const row = await prisma.badgeCredential.findFirstOrThrow({ where: { award: { userId: user.id } } });
    const credential = row.credential as { issuer: { id: string }; credentialStatus: { statusListCredential: string } };
    expect(credential.issuer.id).toBe(issuance.urls.issuerDid(issuer));
    await issuance.signStatusList(row.statusListId);
    const stored = await issuance.statusList(row.statusListId);
    const list = stored.state === 'signed' ? stored.list : null;
    expect(list?.credential.issuer).toBe(credential.issuer.id);
    const didLoader = offlineDocumentLoader((did) => issuance.didDocument(did));
    const documentLoader = async (url: string) =>
      url === credential.credentialStatus.statusListCredential ? { contextUrl: null, documentUrl: url, document: list?.credential } : didLoader(url);
    const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
    const fresh = await checkStatus({ credential, documentLoader, suite, verifyMatchingIssuers: true });
    expect(fresh).toMatchObject({ verified: true, results: [{ status: false }] });
    expect(await issuance.reconcileSeriesAwards()).toEqual([]);
    expect(await prisma.badgeAward.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe('program-level achievements', () => {
  const config = parseConfig(process.env);
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = new PrismaService(config);
  });
  afterAll(() => prisma.$disconnect());

  it('are awarded when every scheduled session of the program is completed, not before', async () => {
    const tag = randomUUID().slice(0, 8);
    const issuer = await prisma.badgeIssuer.create({ data: { slug: `office-${tag}`, name: 'Office', description: 'd', url: 'https://office.example.org' } });
    const program = await prisma.program.create({
      data: { slug: `prog-${tag}`, title: 'P', kind: 'INITIATIVE', summary: 's', description: 'd', audience: 'a', libraryTypes: [], librarySizes: [] },
    });
    const session = (n: number, status: 'SCHEDULED' | 'CANCELLED' = 'SCHEDULED') =>
      prisma.session.create({ data: { programId: program.id, slug: `sess-${tag}-${n}`, title: `S${n}`, description: 'd', type: 'EVENT', status } });
    const [first, second] = [await session(1), await session(2)];
    await session(3, 'CANCELLED'); // cancelled sessions are not required
    await prisma.achievement.create({
      data: { slug: `prog-badge-${tag}`, issuerId: issuer.id, name: 'Program finisher', description: 'd', criteriaNarrative: 'Attend every event.', rule: 'PROGRAM_COMPLETED', programId: program.id, tags: [] },
    });
    const user = await prisma.user.create({ data: { email: `prog-${tag}@test.example`, passwordHash: 'x', displayName: 'Finisher' } });
    const issuance = new BadgeIssuance(prisma, config, ring(keyA));
    const complete = (sessionId: string) =>
      prisma.sessionCompletion.create({ data: { userId: user.id, sessionId, source: 'ADMIN_MARK', completedAt: new Date() } });

    await complete(first.id);
    expect(await issuance.awardForSessionCompletion(user.id, first.id)).toEqual([]);
    await complete(second.id);
    const awarded = await issuance.awardForSessionCompletion(user.id, second.id);
    expect(awarded.filter((result) => result.created)).toHaveLength(1);
    expect((await issuance.awardForSessionCompletion(user.id, second.id)).filter((result) => result.created)).toEqual([]);
  });
});

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  addDataIntegrityProof,
  Bitstring,
  type BitstringStatusListCredential,
  buildDidDocument,
  buildOpenBadgeCredential,
  buildStatusListCredential,
  credentialOf,
  decodeJws,
  type DidDocument,
  type KeyRing,
  MIN_STATUS_LIST_ENTRIES,
  OB_ACHIEVEMENT_CREDENTIAL_SCHEMA,
  OB_EXTENSIONS_CONTEXT,
  type OpenBadgeCredential,
  offlineDocumentLoader,
  signCredentialJws,
  signOpenBadge,
  type Verdict,
  verifyPresentedCredential,
  type VerifyDependencies,
  type WithProof,
} from '@stacks/badges';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '@stacks/config';
import { enqueueOutboxEvent, type Prisma, type PrismaClient } from '@stacks/db';
import { type BadgeAwardedPayload, IntegrationEventType, integrationEventPayload, JobName } from '@stacks/queue-contracts';
import { achievementCredits } from './achievement-credits.js';
import { BadgeUrls } from './badge-urls.js';
import { keyRingFromConfig } from './key-ring.js';

export interface AwardRequest {
  userId: string;
  achievementId: string;
  /** The admin awarding by hand (audited); absent when a rule awards it. */
  awardedById?: string | null;
  evidenceUrl?: string | null;
  evidenceNarrative?: string | null;
}

export interface AwardResult {
  /** False when the learner already held the achievement: nothing was issued. */
  created: boolean;
  awardId: string;
  /** The credential in force for the award (null if it was revoked and not re-issued). */
  credentialId: string | null;
  /** Outbox rows written in the transaction; publish them after it commits. */
  outboxIds: string[];
}

export interface IssuedCredential {
  credentialId: string;
  jws: string;
  /** Outbox rows written in the transaction; publish them after it commits. */
  outboxIds: string[];
}

/** An expected refusal the API turns into a 404/409. */
export class BadgeIssuanceError extends Error {
  override readonly name = 'BadgeIssuanceError';
  constructor(
    readonly kind: 'not-found' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;

/** A status list credential as served: its Data Integrity form and the JWS wrapping it. */
export interface SignedStatusList {
  credential: WithProof<BitstringStatusListCredential>;
  jws: string;
  /** Seconds verifiers may cache it (Cache-Control max-age). */
  maxAgeSeconds: number;
}

export type BadgeIssuanceConfig = Pick<AppConfig, 'PUBLIC_BASE_URL' | 'BADGE_SIGNING_KEYS' | 'BADGE_ACTIVE_KEY_ID' | 'NODE_ENV'> &
  Partial<Pick<AppConfig, 'BADGE_STATUS_LIST_MAX_AGE_SECONDS'>>;

/**
 * Issues, revokes and re-issues Open Badges credentials, and answers what verifiers need (DID
 * documents, status lists). Shared by the API (manual awards, admin actions) and the worker
 * (automatic awards); every write happens in one transaction with its outbox event and audit.
 */
export class BadgeIssuance {
  readonly urls: BadgeUrls;
  readonly keys: KeyRing;
  private readonly statusListMaxAgeSeconds: number;
  /**
   * Signed status lists, keyed by list and the exact set of revoked indexes: a revocation changes
   * the key, so it is signed into the next fetch at once; otherwise one signature serves every
   * request for max-age (signing canonicalises the list, which is not free).
   */
  private readonly signedStatusLists: LRUCache<string, SignedStatusList>;

  constructor(
    private readonly prisma: PrismaClient,
    config: BadgeIssuanceConfig,
    keys?: KeyRing,
  ) {
    this.urls = new BadgeUrls(config.PUBLIC_BASE_URL);
    this.keys = keys ?? keyRingFromConfig(config);
    this.statusListMaxAgeSeconds = config.BADGE_STATUS_LIST_MAX_AGE_SECONDS ?? 300;
    this.signedStatusLists = new LRUCache({ max: 256, ttl: this.statusListMaxAgeSeconds * 1000 });
  }

  /**
   * Awards an achievement exactly once per learner: the award row's unique (user, achievement)
   * with ON CONFLICT DO NOTHING makes repeated or racing calls return the first award unchanged.
   */
  async award(request: AwardRequest): Promise<AwardResult> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.hasVerifiedEmail(tx, request.userId))) {
        throw new BadgeIssuanceError('conflict', 'the learner has not verified their e-mail address yet; a badge can be awarded once they have');
      }
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "BadgeAward" (id, "userId", "achievementId", "awardedById", "evidenceUrl", "evidenceNarrative", "createdAt")
        VALUES (gen_random_uuid(), ${request.userId}::uuid, ${request.achievementId}::uuid, ${request.awardedById ?? null}::uuid,
                ${request.evidenceUrl ?? null}, ${request.evidenceNarrative ?? null}, now())
        ON CONFLICT ("userId", "achievementId") DO NOTHING
        RETURNING id`;
      if (inserted.length === 0) {
        const existing = await tx.badgeAward.findUniqueOrThrow({
          where: { userId_achievementId: { userId: request.userId, achievementId: request.achievementId } },
          include: { credentials: { where: { revokedAt: null }, select: { id: true } } },
        });
        return { created: false, awardId: existing.id, credentialId: existing.credentials[0]?.id ?? null, outboxIds: [] };
      }
      const awardId = inserted[0].id;
      const issued = await this.issueInTransaction(tx, awardId, null, null);
      if (request.awardedById) {
        await tx.auditEntry.create({
          data: {
            actorId: request.awardedById,
            action: 'badge.award',
            subjectType: 'BadgeCredential',
            subjectId: issued.credentialId,
            details: {
              learnerId: request.userId,
              achievementId: request.achievementId,
              evidenceUrl: request.evidenceUrl ?? null,
              evidenceNarrative: request.evidenceNarrative ?? null,
            },
          },
        });
      }
      return { created: true, awardId, credentialId: issued.credentialId, outboxIds: issued.outboxIds };
    }, { timeout: 15_000 });
  }

  /** Revokes a credential in force; the status list shows it from the next fetch. */
  async revoke(credentialId: string, reason: string, actorId: string): Promise<{ revokedAt: Date; outboxIds: string[] }> {
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.$queryRaw<{ revokedAt: Date }[]>`
        UPDATE "BadgeCredential" SET "revokedAt" = now(), "revocationReason" = ${reason}
        WHERE id = ${credentialId}::uuid AND "revokedAt" IS NULL
        RETURNING "revokedAt"`;
      if (updated.length === 0) {
        const existing = await tx.badgeCredential.findUnique({ where: { id: credentialId }, select: { revokedAt: true } });
        if (!existing) throw new BadgeIssuanceError('not-found', `credential ${credentialId} does not exist`);
        throw new BadgeIssuanceError('conflict', `credential ${credentialId} was already revoked on ${existing.revokedAt?.toISOString()}`);
      }
      await tx.auditEntry.create({
        data: { actorId, action: 'badge.revoke', subjectType: 'BadgeCredential', subjectId: credentialId, details: { reason } },
      });
      return { revokedAt: updated[0].revokedAt, outboxIds: await this.revokedEvents(tx, [credentialId], updated[0].revokedAt, reason) };
    });
  }

  /**
   * Issues a fresh credential for the same award (new dates, current key and achievement text)
   * and revokes the one it replaces, in one transaction. Works for revoked credentials too: that
   * is how an admin reinstates a badge revoked by mistake. The new credential names the same
   * holder DID as the old one unless `subjectDid` says otherwise (a learner's chosen wallet DID).
   */
  async reissue(credentialId: string, actorId: string, reason: string | null, options: { subjectDid?: string } = {}): Promise<IssuedCredential> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ awardId: string; revokedAt: Date | null; subjectDid: string | null }[]>`
        SELECT "awardId", "revokedAt", "subjectDid" FROM "BadgeCredential" WHERE id = ${credentialId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw new BadgeIssuanceError('not-found', `credential ${credentialId} does not exist`);
      const successor = await tx.badgeCredential.findUnique({ where: { replacesId: credentialId }, select: { id: true } });
      if (successor) throw new BadgeIssuanceError('conflict', `credential ${credentialId} was already re-issued as ${successor.id}`);
      // Another credential of the award may be in force (an earlier re-issue); it is superseded too.
      const supersededReason = `Superseded by a re-issued credential${reason ? `: ${reason}` : ''}`;
      const superseded = await tx.$queryRaw<{ id: string; revokedAt: Date }[]>`
        UPDATE "BadgeCredential" SET "revokedAt" = now(), "revocationReason" = ${supersededReason}
        WHERE "awardId" = ${rows[0].awardId}::uuid AND "revokedAt" IS NULL
        RETURNING id, "revokedAt"`;
      const subjectDid = options.subjectDid ?? rows[0].subjectDid;
      const issued = await this.issueInTransaction(tx, rows[0].awardId, credentialId, subjectDid);
      if (superseded.length > 0) {
        issued.outboxIds.push(...(await this.revokedEvents(tx, superseded.map((row) => row.id), superseded[0].revokedAt, supersededReason)));
      }
      await tx.auditEntry.create({
        data: {
          actorId,
          action: 'badge.reissue',
          subjectType: 'BadgeCredential',
          subjectId: issued.credentialId,
          details: { replaces: credentialId, reason, ...(options.subjectDid ? { subjectDid: options.subjectDid } : {}) },
        },
      });
      return issued;
    }, { timeout: 15_000 });
  }

  /** Rule-based awards after a series unlock; only when the unlock is really recorded. */
  async awardForSeriesUnlock(userId: string, seriesId: string): Promise<AwardResult[]> {
    if (!(await this.hasVerifiedEmail(this.prisma, userId))) return []; // held: awardHeldFor releases it
    const unlock = await this.prisma.seriesUnlock.findUnique({ where: { userId_seriesId: { userId, seriesId } }, select: { id: true } });
    if (!unlock) return [];
    const achievements = await this.prisma.achievement.findMany({ where: { rule: 'SERIES_COMPLETED', seriesId }, select: { id: true } });
    const results: AwardResult[] = [];
    for (const achievement of achievements) results.push(await this.award({ userId, achievementId: achievement.id }));
    return results;
  }

  /**
   * Catches up series badges whose unlock event never reached the worker (a dead-lettered job, a
   * badge created after learners finished, seeded progress). Safe to run anywhere, any number of
   * times: award() is exactly-once.
   */
  async reconcileSeriesAwards(limit = 500): Promise<AwardResult[]> {
    const missing = await this.prisma.$queryRaw<{ userId: string; achievementId: string }[]>`
      SELECT u."userId", a.id AS "achievementId"
      FROM "SeriesUnlock" u
      JOIN "Achievement" a ON a."seriesId" = u."seriesId" AND a.rule = 'SERIES_COMPLETED'
      JOIN "User" learner ON learner.id = u."userId" AND learner."emailVerifiedAt" IS NOT NULL
      WHERE NOT EXISTS (SELECT 1 FROM "BadgeAward" w WHERE w."userId" = u."userId" AND w."achievementId" = a.id)
      ORDER BY u."unlockedAt"
      LIMIT ${limit}`;
    const results: AwardResult[] = [];
    for (const row of missing) results.push(await this.award(row));
    return results;
  }

  /** Rule-based awards for program-level achievements: every scheduled session of the program completed. */
  async awardForSessionCompletion(userId: string, sessionId: string): Promise<AwardResult[]> {
    if (!(await this.hasVerifiedEmail(this.prisma, userId))) return []; // held: awardHeldFor releases it
    const session = await this.prisma.session.findUnique({ where: { id: sessionId }, select: { programId: true } });
    if (!session) return [];
    const achievements = await this.prisma.achievement.findMany({
      where: { rule: 'PROGRAM_COMPLETED', programId: session.programId },
      select: { id: true },
    });
    if (achievements.length === 0) return [];
    const [progress] = await this.prisma.$queryRaw<{ total: number; done: number }[]>`
      SELECT count(*)::int AS total, count(c.id)::int AS done
      FROM "Session" s
      LEFT JOIN "SessionCompletion" c ON c."sessionId" = s.id AND c."userId" = ${userId}::uuid
      WHERE s."programId" = ${session.programId}::uuid AND s.status = 'SCHEDULED'`;
    if (progress.total === 0 || progress.done < progress.total) return [];
    const results: AwardResult[] = [];
    for (const achievement of achievements) results.push(await this.award({ userId, achievementId: achievement.id }));
    return results;
  }

  /**
   * Issues what the rules earned while the learner's e-mail was unverified (rule-based awards skip
   * unverified learners). Exactly once however often it runs: award() is.
   */
  async awardHeldFor(userId: string): Promise<AwardResult[]> {
    const results: AwardResult[] = [];
    const unlocks = await this.prisma.seriesUnlock.findMany({ where: { userId }, select: { seriesId: true } });
    for (const unlock of unlocks) results.push(...(await this.awardForSeriesUnlock(userId, unlock.seriesId)));
    // One completed session per program is enough for the program rule to look at the whole program.
    const perProgram = await this.prisma.$queryRaw<{ sessionId: string }[]>`
      SELECT DISTINCT ON (s."programId") s.id AS "sessionId"
      FROM "SessionCompletion" c JOIN "Session" s ON s.id = c."sessionId"
      WHERE c."userId" = ${userId}::uuid
      ORDER BY s."programId", s.id`;
    for (const { sessionId } of perProgram) results.push(...(await this.awardForSessionCompletion(userId, sessionId)));
    return results;
  }

  private async hasVerifiedEmail(db: Pick<PrismaClient, 'user'>, userId: string): Promise<boolean> {
    const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
    return user?.emailVerifiedAt != null;
  }

  private async issueInTransaction(tx: Tx, awardId: string, replacesId: string | null, subjectDid: string | null): Promise<IssuedCredential> {
    const award = await tx.badgeAward.findUniqueOrThrow({
      where: { id: awardId },
      include: { user: { select: { id: true, email: true } }, achievement: { include: { issuer: true } } },
    });
    const { achievement } = award;
    const { issuer } = achievement;
    const status = await this.allocateStatusIndex(tx, issuer.id);
    const credentialId = randomUUID();
    // Whole seconds: the credential's dates are written without milliseconds.
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const validUntil = achievement.validForDays ? new Date(issuedAt.getTime() + achievement.validForDays * DAY_MS) : null;
    const issuerDid = this.urls.issuerDid(issuer);
    const credits = await achievementCredits(tx, achievement, award.userId);
    const credential = buildOpenBadgeCredential({
      id: this.urls.credential(credentialId),
      issuer: { id: issuerDid, name: issuer.name, url: issuer.url, email: issuer.email },
      achievement: {
        id: this.urls.achievement(achievement.id),
        name: achievement.name,
        description: achievement.description,
        criteriaNarrative: achievement.criteriaNarrative,
        imageUrl: achievement.imageUrl ?? this.urls.achievementImage(achievement.id),
        tags: achievement.tags,
        alignment: parseAlignment(achievement.alignment),
        creditsAvailable: credits.available,
      },
      recipient: { email: award.user.email, salt: randomBytes(12).toString('hex'), did: subjectDid, creditsEarned: credits.earned },
      validFrom: issuedAt,
      validUntil,
      status: { statusListCredential: this.urls.statusList(status.listId), statusListIndex: status.index },
      evidence: [{ url: award.evidenceUrl, narrative: award.evidenceNarrative }],
    });
    // Validated against the OB 3.0 schema before it is signed (signOpenBadge throws otherwise).
    const signed = await signOpenBadge(credential, issuerDid, this.keys.active);
    const { jws } = signed;
    await tx.badgeCredential.create({
      data: {
        id: credentialId,
        awardId,
        statusListId: status.listId,
        statusIndex: status.index,
        keyId: this.keys.active.keyId,
        jws,
        credential: signed.credential as unknown as Prisma.InputJsonObject,
        issuedAt,
        validUntil,
        creditsEarned: credits.earned,
        subjectDid,
        replacesId,
      },
    });
    const payload: BadgeAwardedPayload = {
      userId: award.userId,
      credentialId,
      achievementName: achievement.name,
      credentialUrl: this.urls.credentialPage(credentialId),
      awardedAt: issuedAt.toISOString(),
    };
    const outboxIds = [
      await enqueueOutboxEvent(tx, { name: JobName.BadgeAwarded, data: payload }),
      await enqueueOutboxEvent(tx, {
        name: JobName.IntegrationEvent,
        data: integrationEventPayload(IntegrationEventType.BadgeAwarded, credentialId, issuedAt, {
          credentialId,
          userId: award.userId,
          achievementId: achievement.id,
          achievementName: achievement.name,
          credentialUrl: payload.credentialUrl,
          validUntil: validUntil?.toISOString() ?? null,
          replacesCredentialId: replacesId,
        }),
      }),
    ];
    return { credentialId, jws, outboxIds };
  }

  /** One badge.revoked integration event per credential revoked in this transaction. */
  private async revokedEvents(tx: Tx, credentialIds: string[], revokedAt: Date, reason: string): Promise<string[]> {
    const credentials = await tx.badgeCredential.findMany({
      where: { id: { in: credentialIds } },
      select: { id: true, award: { select: { userId: true, achievementId: true } } },
    });
    const outboxIds: string[] = [];
    for (const credential of credentials) {
      outboxIds.push(
        await enqueueOutboxEvent(tx, {
          name: JobName.IntegrationEvent,
          data: integrationEventPayload(IntegrationEventType.BadgeRevoked, credential.id, revokedAt, {
            credentialId: credential.id,
            userId: credential.award.userId,
            achievementId: credential.award.achievementId,
            reason,
          }),
        }),
      );
    }
    return outboxIds;
  }

  /**
   * Takes the next free index of the issuer's oldest list with room, opening a new list when all
   * are full: each list holds one issuer's credentials, so that issuer signs it.
   */
  private async allocateStatusIndex(tx: Tx, issuerId: string): Promise<{ listId: string; index: number }> {
    const taken = await tx.$queryRaw<{ id: string; index: number }[]>`
      UPDATE "BadgeStatusList" SET "nextIndex" = "nextIndex" + 1
      WHERE id = (SELECT id FROM "BadgeStatusList" WHERE "issuerId" = ${issuerId}::uuid AND "nextIndex" < size ORDER BY "createdAt", id LIMIT 1)
        AND "nextIndex" < size
      RETURNING id, "nextIndex" - 1 AS index`;
    if (taken.length > 0) return { listId: taken[0].id, index: taken[0].index };
    const list = await tx.badgeStatusList.create({ data: { issuerId, size: MIN_STATUS_LIST_ENTRIES, nextIndex: 1 } });
    return { listId: list.id, index: 0 };
  }

  /**
   * Gives credentials issued before Data Integrity proofs their Data Integrity form: the same
   * credential (id, dates, recipient, status list and index unchanged) plus credentialSchema,
   * signed with the active key, and a JWS that wraps it. Idempotent and safe to run from several
   * processes: only rows still without a credential are updated. Returns how many it signed.
   */
  async backfillDataIntegrity(batchSize = 100): Promise<number> {
    let signed = 0;
    for (;;) {
      const rows = await this.prisma.$queryRaw<{ id: string; jws: string }[]>`
        SELECT id, jws FROM "BadgeCredential" WHERE credential IS NULL ORDER BY id LIMIT ${batchSize}`;
      if (rows.length === 0) return signed;
      for (const row of rows) {
        const decoded = decodeJws(row.jws);
        if (!decoded.ok) throw new Error(`stored credential ${row.id} is not a readable JWS`);
        const legacy = credentialOf(decoded.payload) as unknown as OpenBadgeCredential;
        const contexts = legacy['@context'].includes(OB_EXTENSIONS_CONTEXT) ? legacy['@context'] : [...legacy['@context'], OB_EXTENSIONS_CONTEXT];
        const upgraded: OpenBadgeCredential = { ...legacy, '@context': contexts, credentialSchema: legacy.credentialSchema ?? [{ ...OB_ACHIEVEMENT_CREDENTIAL_SCHEMA }] };
        const issuerDid = upgraded.issuer.id;
        const { credential, jws } = await signOpenBadge(upgraded, issuerDid, this.keys.active);
        signed += await this.prisma.$executeRaw`
          UPDATE "BadgeCredential" SET credential = ${JSON.stringify(credential)}::json, jws = ${jws}, "keyId" = ${this.keys.active.keyId}
          WHERE id = ${row.id}::uuid AND credential IS NULL`;
      }
    }
  }

  /** The DID document of one of our issuers (every key, so rotated-out keys still verify), or null. */
  async didDocument(did: string): Promise<DidDocument | null> {
    const slug = this.urls.issuerSlugOf(did);
    if (slug === null) return null;
    if (slug !== '') {
      const issuer = await this.prisma.badgeIssuer.findUnique({ where: { slug }, select: { isPrimary: true } });
      if (!issuer || issuer.isPrimary) return null;
    }
    return buildDidDocument(did, this.keys.all);
  }

  /**
   * The BitstringStatusListCredential of a list (bits set for revoked credentials), signed by the
   * list's issuer with a Data Integrity proof and as a JWS wrapping it, valid for twice max-age;
   * null for an unknown list.
   */
  async statusList(listId: string): Promise<SignedStatusList | null> {
    const list = await this.prisma.badgeStatusList.findUnique({ where: { id: listId }, include: { issuer: { select: { slug: true, isPrimary: true } } } });
    if (!list) return null;
    const revoked = await this.prisma.badgeCredential.findMany({
      where: { statusListId: listId, revokedAt: { not: null } },
      select: { statusIndex: true },
      orderBy: { statusIndex: 'asc' },
    });
    const revokedKey = createHash('sha256').update(revoked.map((row) => row.statusIndex).join(',')).digest('base64url');
    const cacheKey = `${listId}|${revokedKey}`;
    const cached = this.signedStatusLists.get(cacheKey);
    if (cached) return cached;
    const bits = new Bitstring(list.size);
    for (const { statusIndex } of revoked) bits.set(statusIndex, true);
    const issuerDid = list.issuer ? this.urls.issuerDid(list.issuer) : this.urls.rootDid;
    const validFrom = new Date(Math.floor(Date.now() / 1000) * 1000);
    const validUntil = new Date(validFrom.getTime() + 2 * this.statusListMaxAgeSeconds * 1000);
    const unsigned = buildStatusListCredential({ id: this.urls.statusList(listId), issuerDid, validFrom, validUntil, bits });
    const credential = await addDataIntegrityProof(unsigned, issuerDid, this.keys.active, contextsOnlyLoader);
    const signed: SignedStatusList = { credential, jws: signCredentialJws(credential, issuerDid, this.keys.active), maxAgeSeconds: this.statusListMaxAgeSeconds };
    this.signedStatusLists.set(cacheKey, signed);
    return signed;
  }

  /** The status list as a compact JWS (VC-JOSE), or null. */
  async statusListJws(listId: string): Promise<string | null> {
    return (await this.statusList(listId))?.jws ?? null;
  }

  /** What the verifier may consult: only our own DIDs, status lists and issued credentials (no network). */
  verifyDependencies(now?: Date): VerifyDependencies {
    return {
      resolveDidDocument: (did) => this.didDocument(did),
      loadStatusList: async (url) => {
        const listId = this.urls.statusListIdOf(url);
        const list = listId ? await this.statusList(listId) : null;
        return list?.credential ?? null;
      },
      findSignedCredential: async (url) => {
        const id = this.urls.credentialIdOf(url);
        if (!id) return null;
        const credential = await this.prisma.badgeCredential.findUnique({ where: { id }, select: { jws: true } });
        return credential?.jws ?? null;
      },
      now,
    };
  }

  verify(presented: unknown, now?: Date): Promise<Verdict> {
    return verifyPresentedCredential(presented, this.verifyDependencies(now));
  }
}

// Status lists are signed, not verified, here: the contexts are all the loader needs.
const contextsOnlyLoader = offlineDocumentLoader(async () => null);

interface AlignmentTarget {
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetFramework?: string;
  targetCode?: string;
}

/** The alignment column holds an array of targets; anything malformed is left out rather than signed. */
function parseAlignment(value: Prisma.JsonValue | null): AlignmentTarget[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(
    (item): item is Prisma.JsonObject & AlignmentTarget =>
      typeof item === 'object' && item !== null && !Array.isArray(item) && typeof item.targetName === 'string' && typeof item.targetUrl === 'string',
  ).map(({ targetName, targetUrl, targetDescription, targetFramework, targetCode }) => ({
    targetName,
    targetUrl,
    ...(typeof targetDescription === 'string' ? { targetDescription } : {}),
    ...(typeof targetFramework === 'string' ? { targetFramework } : {}),
    ...(typeof targetCode === 'string' ? { targetCode } : {}),
  }));
}

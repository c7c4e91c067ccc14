import { createPublicKey, type JsonWebKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import {
  addDataIntegrityProof,
  Bitstring,
  type BitstringStatusListCredential,
  buildDidDocument,
  buildOpenBadgeCredential,
  buildStatusListCredential,
  credentialOf,
  CredentialSchemaError,
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
import type { AppConfig } from '@stacks/config';
import { type BadgeIssuanceRequest, cohortCompleters, enqueueOutboxEvent, enqueueOutboxEvents, type Prisma, type PrismaClient } from '@stacks/db';
import { type BadgeAwardedPayload, IntegrationEventType, integrationEventPayload, JobName } from '@stacks/queue-contracts';
import { achievementCredits } from './achievement-credits.js';
import { BadgeUrls } from './badge-urls.js';
import { keyRingFromConfig } from './key-ring.js';
import { cascadeRevocation, certificateReferences, stackedCredentials, storedRequirements } from './pathway-certificates.js';

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

/** What the API recorded for the worker to sign. */
export interface IssuanceRequested {
  request: BadgeIssuanceRequest;
  /** False when an earlier identical request was found (a retry): nothing new was written. */
  created: boolean;
  /** Outbox rows written in the transaction; publish them after it commits. */
  outboxIds: string[];
}

/** What the worker did with a request: signed it now, found it already done, or could not honour it. */
export interface RequestIssued {
  outcome: 'issued' | 'done' | 'failed' | 'missing';
  credentialId: string | null;
  outboxIds: string[];
  failure?: string;
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

/** A status list credential as the worker signed it: its Data Integrity form and the JWS wrapping it. */
export interface SignedStatusList {
  credential: WithProof<BitstringStatusListCredential>;
  jws: string;
  /** Seconds verifiers may cache it (Cache-Control max-age): never past its validUntil. */
  maxAgeSeconds: number;
  /** Names this signing (list, revision, time): an HTTP entity tag. */
  etag: string;
}

/** What the API can serve for a list id: the signed list, not yet signed (new list, worker behind), or no such list. */
export type StoredStatusList = { state: 'signed'; list: SignedStatusList } | { state: 'unsigned' } | { state: 'missing' };

export type BadgeIssuanceConfig = Pick<AppConfig, 'PUBLIC_BASE_URL' | 'BADGE_SIGNING_KEYS' | 'BADGE_ACTIVE_KEY_ID' | 'NODE_ENV'> &
  Partial<Pick<AppConfig, 'BADGE_STATUS_LIST_MAX_AGE_SECONDS'>>;

/**
 * Issues, revokes and re-issues Open Badges credentials, and answers what verifiers need (DID
 * documents, status lists). Only the worker signs (credentials, status lists) and so only the
 * worker holds the private keys: the API's instance is built with `keys: null` and reads the
 * public keys the worker published. Every write happens in one transaction with its outbox event
 * and audit.
 */
export class BadgeIssuance {
  readonly urls: BadgeUrls;
  private readonly ring: KeyRing | null;
  private readonly statusListMaxAgeSeconds: number;

  /** `keys`: the signing keys (from BADGE_SIGNING_KEYS when undefined); null for a process that never signs. */
  constructor(
    private readonly prisma: PrismaClient,
    config: BadgeIssuanceConfig,
    keys?: KeyRing | null,
  ) {
    this.urls = new BadgeUrls(config.PUBLIC_BASE_URL);
    this.ring = keys === undefined ? keyRingFromConfig(config) : keys;
    this.statusListMaxAgeSeconds = config.BADGE_STATUS_LIST_MAX_AGE_SECONDS ?? 300;
  }

  /** The signing keys; only a signing process (the worker) has them. */
  get keys(): KeyRing {
    if (!this.ring) throw new Error('this process holds no badge signing keys: signing is the worker’s job');
    return this.ring;
  }

  /**
   * Publishes the public halves of this process's keys for the DID documents (the API holds no
   * key of its own). Idempotent; a key listed again is un-retired. Older keys stay published.
   */
  async publishSigningKeys(): Promise<void> {
    for (const { keyId, publicKey } of this.keys.all) {
      const { x } = publicKey.export({ format: 'jwk' }) as { x: string };
      const jwk = JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x });
      await this.prisma.$executeRaw`
        INSERT INTO "BadgeSigningKey" ("keyId", "publicKeyJwk", "publishedAt") VALUES (${keyId}, ${jwk}::jsonb, now())
        ON CONFLICT ("keyId") DO UPDATE SET "publicKeyJwk" = EXCLUDED."publicKeyJwk", "retiredAt" = NULL`;
    }
  }

  /** This process's keys first, then every other published key not retired, oldest first. */
  private async verificationKeys(): Promise<{ keyId: string; publicKey: KeyObject }[]> {
    const own = this.ring?.all ?? [];
    const published = await this.prisma.badgeSigningKey.findMany({ where: { retiredAt: null }, orderBy: [{ publishedAt: 'asc' }, { keyId: 'asc' }] });
    const others = published
      .filter((row) => !own.some((key) => key.keyId === row.keyId))
      .map((row) => ({ keyId: row.keyId, publicKey: createPublicKey({ key: row.publicKeyJwk as unknown as JsonWebKey, format: 'jwk' }) }));
    return [...own, ...others];
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

  /**
   * Revokes a credential in force; the status list shows it from the next fetch. Pathway
   * certificates that stacked it are revoked in the same transaction when their pathway's
   * policy says so (`cascaded` lists them). Each revocation is an integration event (`outboxIds`).
   */
  async revoke(credentialId: string, reason: string, actorId: string): Promise<{ revokedAt: Date; cascaded: string[]; outboxIds: string[] }> {
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
      const cascaded = await cascadeRevocation(tx, credentialId, reason, actorId);
      const outboxIds = await this.revokedEvents(tx, [credentialId, ...cascaded], updated[0].revokedAt, reason);
      return { revokedAt: updated[0].revokedAt, cascaded, outboxIds };
    });
  }

  /**
   * An admin's manual award: the award row, the request for its credential, the audit entry and
   * the outbox event that tells the worker to sign it, in one transaction; nothing is signed
   * here. Idempotent on the natural key (learner, achievement): the same admin repeating the same
   * award (a retried request) gets the first request back; anything else already held is a conflict.
   */
  async requestManualAward(request: AwardRequest & { awardedById: string }): Promise<IssuanceRequested> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.hasVerifiedEmail(tx, request.userId))) {
        throw new BadgeIssuanceError('conflict', 'the learner has not verified their e-mail address yet; a badge can be awarded once they have');
      }
      const evidenceUrl = request.evidenceUrl ?? null;
      const evidenceNarrative = request.evidenceNarrative ?? null;
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "BadgeAward" (id, "userId", "achievementId", "awardedById", "evidenceUrl", "evidenceNarrative", "createdAt")
        VALUES (gen_random_uuid(), ${request.userId}::uuid, ${request.achievementId}::uuid, ${request.awardedById}::uuid, ${evidenceUrl}, ${evidenceNarrative}, now())
        ON CONFLICT ("userId", "achievementId") DO NOTHING
        RETURNING id`;
      if (inserted.length === 0) {
        const existing = await tx.badgeAward.findUniqueOrThrow({
          where: { userId_achievementId: { userId: request.userId, achievementId: request.achievementId } },
          include: { issuanceRequests: { where: { replacesId: null } } },
        });
        const first = existing.issuanceRequests[0];
        const sameAward = existing.awardedById === request.awardedById && existing.evidenceUrl === evidenceUrl && existing.evidenceNarrative === evidenceNarrative;
        if (first && sameAward) return { request: first, created: false, outboxIds: [] };
        throw new BadgeIssuanceError('conflict', `the learner already holds this achievement (award ${existing.id}); re-issue its credential instead`);
      }
      const awardId = inserted[0].id;
      const row = await tx.badgeIssuanceRequest.create({ data: { awardId, requestedById: request.awardedById } });
      await tx.auditEntry.create({
        data: {
          actorId: request.awardedById,
          action: 'badge.award',
          subjectType: 'BadgeAward',
          subjectId: awardId,
          details: { learnerId: request.userId, achievementId: request.achievementId, evidenceUrl, evidenceNarrative, issuanceRequestId: row.id },
        },
      });
      const outboxId = await enqueueOutboxEvent(tx, { name: JobName.IssueBadgeCredential, data: { requestId: row.id } });
      return { request: row, created: true, outboxIds: [outboxId] };
    });
  }

  /**
   * Asks the worker for a fresh credential for the same award (new dates, current key and
   * achievement text) that supersedes this one once it is signed; the credential stays in force
   * until then. Works for revoked credentials too: that is how an admin reinstates a badge revoked
   * by mistake. The new credential names the same holder DID unless `subjectDid` says otherwise.
   * Idempotent: a credential is re-issued once, so asking again while it is pending returns the
   * same request; asking after it was re-issued is a conflict.
   */
  async requestReissue(credentialId: string, actorId: string, reason: string | null, options: { subjectDid?: string } = {}): Promise<IssuanceRequested> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ awardId: string }[]>`
        SELECT "awardId" FROM "BadgeCredential" WHERE id = ${credentialId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw new BadgeIssuanceError('not-found', `credential ${credentialId} does not exist`);
      const successor = await tx.badgeCredential.findUnique({ where: { replacesId: credentialId }, select: { id: true } });
      if (successor) throw new BadgeIssuanceError('conflict', `credential ${credentialId} was already re-issued as ${successor.id}`);
      const subjectDid = options.subjectDid ?? null;
      const existing = await tx.badgeIssuanceRequest.findUnique({ where: { replacesId: credentialId } });
      if (existing?.status === 'PENDING') {
        if (existing.subjectDid === subjectDid) return { request: existing, created: false, outboxIds: [] };
        throw new BadgeIssuanceError('conflict', `credential ${credentialId} is already being re-issued (request ${existing.id})`);
      }
      // A request that failed for good may be asked again: the same row goes back to PENDING.
      const row = existing
        ? await tx.badgeIssuanceRequest.update({ where: { id: existing.id }, data: { status: 'PENDING', failure: null, completedAt: null, subjectDid, reason, requestedById: actorId } })
        : await tx.badgeIssuanceRequest.create({ data: { awardId: rows[0].awardId, replacesId: credentialId, subjectDid, reason, requestedById: actorId } });
      await tx.auditEntry.create({
        data: {
          actorId,
          action: 'badge.reissue',
          subjectType: 'BadgeCredential',
          subjectId: credentialId,
          details: { reason, issuanceRequestId: row.id, ...(options.subjectDid ? { subjectDid: options.subjectDid } : {}) },
        },
      });
      const outboxId = await enqueueOutboxEvent(tx, { name: JobName.IssueBadgeCredential, data: { requestId: row.id } });
      return { request: row, created: true, outboxIds: [outboxId] };
    });
  }

  /**
   * The worker's half: signs the credential a request asks for, exactly once however often the
   * job runs (the request row is locked and must still be PENDING; the credential, the request's
   * ISSUED mark and the BadgeAwarded outbox event commit together). A re-issue supersedes the
   * award's credentials in force in the same transaction. A request that cannot be honoured (its
   * credential was re-issued meanwhile) is marked FAILED with the reason rather than retried.
   */
  async issueRequested(requestId: string): Promise<RequestIssued> {
    try {
      return await this.issueRequestedOnce(requestId);
    } catch (error) {
      // A credential the schema refuses will be refused on every retry: say so instead.
      if (!(error instanceof CredentialSchemaError)) throw error;
      await this.prisma.badgeIssuanceRequest.updateMany({ where: { id: requestId, status: 'PENDING' }, data: { status: 'FAILED', failure: error.message.slice(0, 1000), completedAt: new Date() } });
      return { outcome: 'failed', credentialId: null, outboxIds: [], failure: error.message };
    }
  }

  private async issueRequestedOnce(requestId: string): Promise<RequestIssued> {
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "BadgeIssuanceRequest" WHERE id = ${requestId}::uuid FOR UPDATE`;
      if (locked.length === 0) return { outcome: 'missing', credentialId: null, outboxIds: [] };
      const request = await tx.badgeIssuanceRequest.findUniqueOrThrow({ where: { id: requestId } });
      if (request.status !== 'PENDING') return { outcome: 'done', credentialId: request.credentialId, outboxIds: [] };
      // One signing per award at a time: two re-issues of one award never both stay in force.
      await tx.$queryRaw`SELECT id FROM "BadgeAward" WHERE id = ${request.awardId}::uuid FOR UPDATE`;
      const fail = async (failure: string): Promise<RequestIssued> => {
        await tx.badgeIssuanceRequest.update({ where: { id: requestId }, data: { status: 'FAILED', failure, completedAt: new Date() } });
        return { outcome: 'failed', credentialId: null, outboxIds: [], failure };
      };
      let subjectDid = request.subjectDid;
      let superseded: { id: string; revokedAt: Date }[] = [];
      let supersededEvents: string[] = [];
      if (request.replacesId) {
        const replaced = await tx.badgeCredential.findUnique({ where: { id: request.replacesId }, select: { subjectDid: true, replacedBy: { select: { id: true } } } });
        if (!replaced) return fail(`credential ${request.replacesId} no longer exists`);
        if (replaced.replacedBy) return fail(`credential ${request.replacesId} was already re-issued as ${replaced.replacedBy.id}`);
        subjectDid ??= replaced.subjectDid;
        // Every credential of the award still in force (an earlier re-issue too) is superseded.
        const supersededReason = `Superseded by a re-issued credential${request.reason ? `: ${request.reason}` : ''}`;
        superseded = await tx.$queryRaw<{ id: string; revokedAt: Date }[]>`
          UPDATE "BadgeCredential" SET "revokedAt" = now(), "revocationReason" = ${supersededReason}
          WHERE "awardId" = ${request.awardId}::uuid AND "revokedAt" IS NULL
          RETURNING id, "revokedAt"`;
        if (superseded.length > 0) supersededEvents = await this.revokedEvents(tx, superseded.map((row) => row.id), superseded[0].revokedAt, supersededReason);
      }
      const issued = await this.issueInTransaction(tx, request.awardId, request.replacesId, subjectDid);
      await tx.badgeIssuanceRequest.update({ where: { id: requestId }, data: { status: 'ISSUED', credentialId: issued.credentialId, completedAt: new Date() } });
      return { outcome: 'issued', credentialId: issued.credentialId, outboxIds: [...issued.outboxIds, ...supersededEvents] };
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

  /**
   * Rule-based awards a completed session may have earned: program-level achievements (every
   * scheduled session of the program completed) and, for a cohort's session, the cohort's badge.
   */
  async awardForSessionCompletion(userId: string, sessionId: string): Promise<AwardResult[]> {
    if (!(await this.hasVerifiedEmail(this.prisma, userId))) return []; // held: awardHeldFor releases it
    const session = await this.prisma.session.findUnique({ where: { id: sessionId }, select: { programId: true, cohortId: true } });
    if (!session) return [];
    const results = await this.awardForProgramCompletion(userId, session.programId);
    if (session.cohortId) results.push(...(await this.awardForCohortCompletion(userId, session.cohortId)));
    return results;
  }

  private async awardForProgramCompletion(userId: string, programId: string): Promise<AwardResult[]> {
    const achievements = await this.prisma.achievement.findMany({
      where: { rule: 'PROGRAM_COMPLETED', programId },
      select: { id: true },
    });
    if (achievements.length === 0) return [];
    const [progress] = await this.prisma.$queryRaw<{ total: number; done: number }[]>`
      SELECT count(*)::int AS total, count(c.id)::int AS done
      FROM "Session" s
      LEFT JOIN "SessionCompletion" c ON c."sessionId" = s.id AND c."userId" = ${userId}::uuid
      WHERE s."programId" = ${programId}::uuid AND s.status = 'SCHEDULED'`;
    if (progress.total === 0 || progress.done < progress.total) return [];
    const results: AwardResult[] = [];
    for (const achievement of achievements) results.push(await this.award({ userId, achievementId: achievement.id }));
    return results;
  }

  /**
   * The cohort's badge (rule COHORT_COMPLETED), when the learner is on one of its selected teams
   * and has completed every scheduled session of it. Exactly once: award() is.
   */
  async awardForCohortCompletion(userId: string, cohortId: string): Promise<AwardResult[]> {
    if (!(await this.hasVerifiedEmail(this.prisma, userId))) return [];
    const badge = await this.prisma.achievement.findFirst({ where: { cohortId, rule: 'COHORT_COMPLETED' }, select: { id: true } });
    if (!badge || (await cohortCompleters(this.prisma, cohortId, userId)).length === 0) return [];
    return [await this.award({ userId, achievementId: badge.id })];
  }

  /**
   * A cohort's badge was linked or changed: every verified member of a selected team who already
   * completed its sessions gets it. Safe to repeat: award() is exactly-once.
   */
  async reconcileCohortBadge(cohortId: string): Promise<AwardResult[]> {
    const badge = await this.prisma.achievement.findFirst({ where: { cohortId, rule: 'COHORT_COMPLETED' }, select: { id: true } });
    if (!badge) return [];
    const results: AwardResult[] = [];
    for (const userId of await cohortCompleters(this.prisma, cohortId)) {
      if (await this.hasVerifiedEmail(this.prisma, userId)) results.push(await this.award({ userId, achievementId: badge.id }));
    }
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
    const cohorts = await this.prisma.$queryRaw<{ cohortId: string }[]>`
      SELECT DISTINCT s."cohortId" FROM "SessionCompletion" c JOIN "Session" s ON s.id = c."sessionId"
      WHERE c."userId" = ${userId}::uuid AND s."cohortId" IS NOT NULL`;
    for (const { cohortId } of cohorts) results.push(...(await this.awardForCohortCompletion(userId, cohortId)));
    return results;
  }

  private async hasVerifiedEmail(db: Pick<PrismaClient, 'user'>, userId: string): Promise<boolean> {
    const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
    return user?.emailVerifiedAt != null;
  }

  private async issueInTransaction(tx: Tx, awardId: string, replacesId: string | null, subjectDid: string | null): Promise<IssuedCredential> {
    const award = await tx.badgeAward.findUniqueOrThrow({
      where: { id: awardId },
      include: {
        user: { select: { id: true, email: true } },
        achievement: { include: { issuer: true, pathway: { select: { requirements: true } }, competencies: { include: { competency: true } } } },
      },
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
    // A pathway's certificate references the badges it stacks (evidence, and `related` achievements).
    const pathwayRoot = achievement.pathway ? storedRequirements(achievement.pathway.requirements) : null;
    const references = pathwayRoot ? certificateReferences(this.urls, await stackedCredentials(tx, award.userId, pathwayRoot)) : { evidence: [], related: [] };
    const competencyAlignment = achievement.competencies
      .filter(({ competency }) => competency.retiredAt === null)
      .sort((a, b) => a.competency.slug.localeCompare(b.competency.slug))
      .map(({ competency }) => ({
        targetName: competency.name,
        targetUrl: this.urls.competency(competency.slug),
        targetDescription: competency.statement,
        targetFramework: COMPETENCY_FRAMEWORK,
        targetCode: competency.slug,
        targetType: COMPETENCY_TARGET_TYPE,
      }));
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
        achievementType: achievement.achievementType,
        alignment: [...(parseAlignment(achievement.alignment) ?? []), ...competencyAlignment],
        related: references.related,
        creditsAvailable: credits.available,
      },
      recipient: { email: award.user.email, salt: randomBytes(12).toString('hex'), did: subjectDid, creditsEarned: credits.earned },
      validFrom: issuedAt,
      validUntil,
      status: { statusListCredential: this.urls.statusList(status.listId), statusListIndex: status.index },
      evidence: [{ url: award.evidenceUrl, narrative: award.evidenceNarrative }, ...references.evidence],
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
      ...status.outboxIds,
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
    const outboxIds = await this.statusListsChanged(tx, credentialIds);
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
   * The lists holding these credentials changed: each gets its next revision and a job for the
   * worker to sign it, in the revoking transaction (so a committed revocation is always signed).
   */
  private async statusListsChanged(tx: Tx, credentialIds: string[]): Promise<string[]> {
    const changed = await tx.$queryRaw<{ id: string; revision: number }[]>`
      UPDATE "BadgeStatusList" SET revision = revision + 1
      WHERE id IN (SELECT DISTINCT "statusListId" FROM "BadgeCredential" WHERE id = ANY(${credentialIds}::uuid[]))
      RETURNING id, revision`;
    return enqueueOutboxEvents(tx, changed.map((list) => ({ name: JobName.SignStatusList, data: { listId: list.id, revision: list.revision } })));
  }

  /**
   * Takes the next free index of the issuer's oldest list with room, opening a new list when all
   * are full: each list holds one issuer's credentials, so that issuer signs it.
   */
  private async allocateStatusIndex(tx: Tx, issuerId: string): Promise<{ listId: string; index: number; outboxIds: string[] }> {
    const taken = await tx.$queryRaw<{ id: string; index: number }[]>`
      UPDATE "BadgeStatusList" SET "nextIndex" = "nextIndex" + 1
      WHERE id = (SELECT id FROM "BadgeStatusList" WHERE "issuerId" = ${issuerId}::uuid AND "nextIndex" < size ORDER BY "createdAt", id LIMIT 1)
        AND "nextIndex" < size
      RETURNING id, "nextIndex" - 1 AS index`;
    if (taken.length > 0) return { listId: taken[0].id, index: taken[0].index, outboxIds: [] };
    const list = await tx.badgeStatusList.create({ data: { issuerId, size: MIN_STATUS_LIST_ENTRIES, nextIndex: 1 } });
    // Verifiers fetch the list as soon as they see the credential: sign it straight away.
    const outboxId = await enqueueOutboxEvent(tx, { name: JobName.SignStatusList, data: { listId: list.id, revision: list.revision } });
    return { listId: list.id, index: 0, outboxIds: [outboxId] };
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
    return buildDidDocument(did, await this.verificationKeys());
  }

  /**
   * Signs a list from its current bits (set for revoked credentials) and stores it: the
   * BitstringStatusListCredential with a Data Integrity proof by the list's issuer and the JWS
   * wrapping it, valid for twice max-age. The worker's job; revision and bits are read in one
   * statement (one snapshot), and a signing never replaces one of a later revision.
   * `unlessCurrent` (the job handler): a list already signed at its revision with more than
   * max-age left is left as it is, so duplicate jobs do not change its ETag. 'current' also
   * when a signing of a later revision was stored meanwhile.
   */
  async signStatusList(listId: string, options: { unlessCurrent?: boolean } = {}): Promise<'signed' | 'current' | 'missing'> {
    const [list] = await this.prisma.$queryRaw<{ size: number; revision: number; slug: string | null; isPrimary: boolean | null; current: boolean; revoked: number[] }[]>`
      SELECT l.size, l.revision, i.slug, i."isPrimary",
             (l."signedRevision" >= l.revision AND l."signedValidUntil" > now() + make_interval(secs => ${this.statusListMaxAgeSeconds})) IS TRUE AS current,
             COALESCE((SELECT array_agg(c."statusIndex" ORDER BY c."statusIndex") FROM "BadgeCredential" c
                       WHERE c."statusListId" = l.id AND c."revokedAt" IS NOT NULL), '{}') AS revoked
      FROM "BadgeStatusList" l LEFT JOIN "BadgeIssuer" i ON i.id = l."issuerId"
      WHERE l.id = ${listId}::uuid`;
    if (!list) return 'missing';
    if (options.unlessCurrent && list.current) return 'current';
    const bits = new Bitstring(list.size);
    for (const index of list.revoked) bits.set(index, true);
    const issuerDid = list.slug === null ? this.urls.rootDid : this.urls.issuerDid({ slug: list.slug, isPrimary: Boolean(list.isPrimary) });
    const validFrom = new Date(Math.floor(Date.now() / 1000) * 1000);
    const validUntil = new Date(validFrom.getTime() + 2 * this.statusListMaxAgeSeconds * 1000);
    const unsigned = buildStatusListCredential({ id: this.urls.statusList(listId), issuerDid, validFrom, validUntil, bits });
    const credential = await addDataIntegrityProof(unsigned, issuerDid, this.keys.active, contextsOnlyLoader);
    const jws = signCredentialJws(credential, issuerDid, this.keys.active);
    const stored = await this.prisma.$executeRaw`
      UPDATE "BadgeStatusList"
      SET "signedRevision" = ${list.revision}, "signedCredential" = ${JSON.stringify(credential)}::jsonb, "signedJws" = ${jws},
          "signedAt" = ${validFrom}, "signedValidUntil" = ${validUntil}
      WHERE id = ${listId}::uuid AND ("signedRevision" IS NULL OR "signedRevision" <= ${list.revision})`;
    // Not stored: a signing of a later revision got there first.
    return stored > 0 ? 'signed' : 'current';
  }

  /**
   * Re-signs every list that is unsigned, stale (a revocation whose job has not run) or within
   * max-age of its validUntil, so a served list always has at least half a max-age left.
   * Returns how many it signed.
   */
  async refreshStatusLists(): Promise<number> {
    const due = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM "BadgeStatusList"
      WHERE "signedRevision" IS NULL OR "signedRevision" < revision
         OR "signedValidUntil" < now() + make_interval(secs => ${this.statusListMaxAgeSeconds})
      ORDER BY "createdAt", id`;
    for (const { id } of due) await this.signStatusList(id);
    return due.length;
  }

  /** The list as the worker last signed it; what the API serves (it never signs). */
  async statusList(listId: string): Promise<StoredStatusList> {
    const row = await this.prisma.badgeStatusList.findUnique({
      where: { id: listId },
      select: { signedRevision: true, signedCredential: true, signedJws: true, signedAt: true, signedValidUntil: true },
    });
    if (!row) return { state: 'missing' };
    if (row.signedRevision === null || !row.signedCredential || !row.signedJws || !row.signedAt || !row.signedValidUntil) return { state: 'unsigned' };
    const secondsLeft = Math.floor((row.signedValidUntil.getTime() - Date.now()) / 1000);
    return {
      state: 'signed',
      list: {
        credential: row.signedCredential as unknown as WithProof<BitstringStatusListCredential>,
        jws: row.signedJws,
        maxAgeSeconds: Math.max(0, Math.min(this.statusListMaxAgeSeconds, secondsLeft)),
        etag: `"${listId}.${row.signedRevision}.${row.signedAt.getTime()}"`,
      },
    };
  }

  /** The status list as a compact JWS (VC-JOSE), or null when there is no signed list. */
  async statusListJws(listId: string): Promise<string | null> {
    const stored = await this.statusList(listId);
    return stored.state === 'signed' ? stored.list.jws : null;
  }

  /** What the verifier may consult: only our own DIDs, status lists and issued credentials (no network). */
  verifyDependencies(now?: Date): VerifyDependencies {
    return {
      resolveDidDocument: (did) => this.didDocument(did),
      loadStatusList: async (url) => {
        const listId = this.urls.statusListIdOf(url);
        const stored = listId ? await this.statusList(listId) : null;
        return stored?.state === 'signed' ? stored.list.credential : null;
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

/** The framework our competency statements belong to, and their OB 3.0 AlignmentTargetType (an extension term). */
export const COMPETENCY_FRAMEWORK = 'Stacks competency framework';
export const COMPETENCY_TARGET_TYPE = 'ext:StacksCompetency';

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

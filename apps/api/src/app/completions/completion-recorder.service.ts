import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import {
  type CompletionEvent,
  type CompletionSource,
  enqueueOutboxEvents,
  loadLearnerSeries,
  loadSeriesForLearners,
  Prisma,
  PrismaService,
  type Session,
  type SqlRunner,
  transactionRunner,
} from '@stacks/db';
import {
  acceptsSelfReportedView,
  type CompletionDefaults,
  type CompletionPolicy,
  evaluateSeries,
  mergeRecordingProgress,
  policyForSession,
  qualifies,
  toSeriesDefinition,
} from '@stacks/learning-domain';
import { IntegrationEventType, integrationEventPayload, JobName, type SeriesUnlockedPayload, type SessionCompletedPayload } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { DomainError } from '../problem/domain-error.js';

/** What recording a completion needs to know about its session. */
export type CompletableSession = Pick<
  Session,
  | 'id'
  | 'slug'
  | 'seriesId'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'recordingUrl'
  | 'recordingAvailableFrom'
  | 'recordingAvailableUntil'
  | 'recordingMinutes'
  | 'recordingCompletion'
  | 'attendanceMinMinutes'
  | 'attendanceMinPercent'
>;

/** The columns of a CompletableSession, for the raw lookups that feed the recorder. */
export const COMPLETABLE_SESSION_COLUMNS = Prisma.raw(
  'id, slug, "seriesId", status, "startsAt", "endsAt", "recordingUrl", "recordingAvailableFrom", "recordingAvailableUntil", ' +
    '"recordingMinutes", "recordingCompletion", "attendanceMinMinutes", "attendanceMinPercent"',
);

export interface CompletionEventInput {
  userId: string;
  session: CompletableSession;
  source: CompletionSource;
  viewedPercent?: number | null;
  minutesAttended?: number | null;
  occurredAt: Date;
  idempotencyKey?: string | null;
  recordedById?: string | null;
  importId?: string | null;
  /**
   * A share the learner stated (`viewedPercent` posted by them), not watched time measured from
   * heartbeats: refused when the session's policy credits watched time only.
   */
  selfReported?: boolean;
}

export interface CompletionOutcome {
  event: CompletionEvent;
  /** True when nothing changed: a replayed idempotency key, or a repeat of what is already recorded. */
  duplicate: boolean;
  /** Whether this learner has completed the session (now or before). */
  sessionCompleted: boolean;
  newlyCompleted: boolean;
  unlocked: { seriesId: string; seriesSlug: string; unlockTitle: string | null }[];
  outboxIds: string[];
  /** Imported attendance kept but not credited: the learner has not verified their e-mail (see EmailVerificationService). */
  held?: boolean;
}

/** One learner's attendance in a bulk import (see `recordImportedAttendance`). */
export interface ImportedAttendance {
  userId: string;
  minutesAttended: number;
  occurredAt: Date;
}

export interface ImportedAttendanceOutcome {
  /** Events new or raised (or newly completing). */
  recorded: number;
  unchanged: number;
  newlyCompleted: number;
  /** Qualifying attendance of learners who have not verified their e-mail: kept, not credited. */
  held: number;
  unlocked: number;
  outboxIds: string[];
}
/** Evidence matched to an e-mail address by someone else (a report, a webhook): credited once the address is verified. */
const HELD_UNTIL_VERIFIED = new Set<CompletionSource>(['ATTENDANCE_IMPORT', 'ZOOM_WEBHOOK']);

/** Seed of the per-learner advisory lock key; any stable number not used by other locks. */
const LEARNER_LOCK_SEED = 1984;

/**
 * Named columns, not `*`: the statement is prepared once per connection, and a prepared `*` fails
 * ("cached plan must not change result type") when a migration adds a column under a running replica.
 */
const EVENT_COLUMNS = Prisma.raw(
  'id, "userId", "sessionId", source, "idempotencyKey", "viewedPercent", "minutesAttended", "occurredAt", "recordedById", "importId", "createdAt", "updatedAt"',
);

/**
 * The one place completion events turn into completions and unlocks. Every path (learner,
 * admin mark, attendance import) goes through `recordInTransaction`, which takes a per-learner
 * advisory lock: concurrent or duplicated events for one learner are applied one after the
 * other, so a completion and an unlock are each created exactly once.
 */
@Injectable()
export class CompletionRecorder {
  /** Configured defaults; each session's own settings refine them (`policyFor`). */
  readonly defaults: CompletionDefaults;

  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.defaults = {
      recordingThresholdPercent: config.RECORDING_COMPLETION_PERCENT,
      liveMinimumMinutes: config.LIVE_ATTENDANCE_MIN_MINUTES,
      liveMinimumPercent: config.LIVE_ATTENDANCE_MIN_PERCENT,
    };
  }

  /** The rules one session's evidence is judged by (its threshold and recording policy over the defaults). */
  policyFor(session: CompletableSession): CompletionPolicy {
    return policyForSession(session, this.defaults);
  }

  async record(input: CompletionEventInput): Promise<CompletionOutcome> {
    this.assertAccepted(input);
    // Most progress reports cannot complete anything (a view below the threshold): the event upsert
    // is then the whole change, complete on its own, so it runs as one statement without a
    // transaction. Anything that may create a completion, unlock or outbox row runs in one.
    if (!input.idempotencyKey && !this.inputQualifies(input)) {
      const written = await this.upsertEvent(this.prisma.sql, input);
      const counts = this.eventQualifies(written.event, input.session);
      if (!counts || written.alreadyCompleted) {
        // Completed or not, possibly by other evidence (an admin mark, another source).
        const sessionCompleted = written.alreadyCompleted;
        return { event: written.event, duplicate: !written.changed, sessionCompleted, newlyCompleted: false, unlocked: [], outboxIds: [] };
      }
      // The stored progress qualifies but no completion exists (the threshold was lowered since):
      // fall through to the transactional path, which repeats the (now no-op) upsert and completes.
    }
    // On the driver pool (`sqlTransaction`), not in a Prisma interactive transaction: this is the
    // busiest write, and Prisma's transaction machinery cost more CPU than its statements.
    const outcome = await this.prisma.sqlTransaction((run) => this.recordWith(run, input));
    await this.outbox.publish(outcome.outboxIds);
    return outcome;
  }

  /** `record` inside the caller's Prisma transaction (imports, webhooks, verification releases). */
  recordInTransaction(tx: Prisma.TransactionClient, input: CompletionEventInput): Promise<CompletionOutcome> {
    return this.recordWith(transactionRunner(tx), input);
  }

  /** The recorder's rules on one transaction's runner: every statement goes through `run`. */
  private async recordWith(run: SqlRunner, input: CompletionEventInput): Promise<CompletionOutcome> {
    this.assertAccepted(input);
    const { userId, session } = input;
    if (input.idempotencyKey) {
      await run(this.learnerLock(userId));
      const [replayed] = await run<CompletionEvent>(Prisma.sql`
        SELECT ${EVENT_COLUMNS} FROM "CompletionEvent" WHERE "userId" = ${userId}::uuid AND "idempotencyKey" = ${input.idempotencyKey}`);
      if (replayed) {
        if (replayed.sessionId !== session.id || replayed.source !== input.source) {
          throw new DomainError(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different event', [
            { field: 'Idempotency-Key', rule: 'unique', message: 'use a new key for a new event' },
          ]);
        }
        return { event: replayed, duplicate: true, sessionCompleted: await this.hasCompleted(run, userId, session.id), newlyCompleted: false, unlocked: [], outboxIds: [] };
      }
    }

    const written = await this.upsertEvent(run, input);
    const { event, alreadyCompleted } = written;
    const duplicate = !written.changed;

    const outboxIds: string[] = [];
    const unlocked: CompletionOutcome['unlocked'] = [];
    const counts = this.eventQualifies(event, session);
    let newlyCompleted = false;
    let sessionCompleted = counts;
    // Attendance matched to an address nobody has proved is evidence to keep, not yet credit.
    // The learner lock (taken by the upsert) orders this read against a verification.
    if (counts && !alreadyCompleted && HELD_UNTIL_VERIFIED.has(input.source) && !(await this.hasVerifiedEmail(run, userId))) {
      return { event, duplicate, sessionCompleted: false, newlyCompleted: false, unlocked: [], outboxIds: [], held: true };
    }
    if (counts && !alreadyCompleted) {
      const created = await run<{ completedAt: Date }>(Prisma.sql`
        INSERT INTO "SessionCompletion" (id, "userId", "sessionId", source, "completedAt", "createdAt")
        VALUES (gen_random_uuid(), ${userId}::uuid, ${session.id}::uuid, ${event.source}::"CompletionSource", ${event.occurredAt}, now())
        ON CONFLICT ("userId", "sessionId") DO NOTHING
        RETURNING "completedAt"`);
      newlyCompleted = created.length > 0;
      if (newlyCompleted) {
        const completedPayload: SessionCompletedPayload = {
          userId,
          sessionId: session.id,
          seriesId: session.seriesId,
          completedAt: created[0].completedAt.toISOString(),
        };
        // Both jobs of the fact in one statement.
        outboxIds.push(
          ...(await enqueueOutboxEvents(run, [
            { name: JobName.SessionCompleted, data: completedPayload },
            {
              name: JobName.IntegrationEvent,
              data: integrationEventPayload(IntegrationEventType.SessionCompleted, `${userId}:${session.id}`, completedPayload.completedAt, {
                userId,
                sessionId: session.id,
                seriesId: session.seriesId,
                source: event.source,
              }),
            },
          ])),
        );
        if (session.seriesId) {
          const unlock = await this.unlockSeriesIfMet(run, userId, session.seriesId);
          if (unlock) {
            unlocked.push(unlock.summary);
            outboxIds.push(...unlock.outboxIds);
          }
        }
      }
    } else if (!counts) {
      // Completed before by other evidence (an admin mark, another source)?
      sessionCompleted = alreadyCompleted;
    }
    return { event, duplicate: duplicate && !newlyCompleted, sessionCompleted, newlyCompleted, unlocked, outboxIds };
  }

  /**
   * `recordInTransaction` for a whole attendance import, in a handful of statements instead of
   * several per learner: the same learner locks (taken together, in id order), the same event
   * upsert (greatest minutes win), the same rule for holding unverified learners, completions and
   * unlocks each created once (ON CONFLICT), and the same outbox jobs. Each learner appears once.
   */
  async recordImportedAttendance(
    tx: Prisma.TransactionClient,
    session: CompletableSession,
    rows: ImportedAttendance[],
    meta: { recordedById: string; importId: string },
  ): Promise<ImportedAttendanceOutcome> {
    const outcome: ImportedAttendanceOutcome = { recorded: 0, unchanged: 0, newlyCompleted: 0, held: 0, unlocked: 0, outboxIds: [] };
    if (rows.length === 0) return outcome;
    const sorted = [...rows].sort((a, b) => a.userId.localeCompare(b.userId));
    const userIds = sorted.map((row) => row.userId);
    await tx.$queryRaw`
      SELECT count(pg_advisory_xact_lock(hashtextextended(u, ${LEARNER_LOCK_SEED}::bigint)))::int AS locked
      FROM unnest(${userIds}::text[]) AS u`;
    const written = await tx.$queryRaw<{ userId: string; changed: boolean; minutesAttended: number | null; occurredAt: Date; alreadyCompleted: boolean; verified: boolean }[]>`
      WITH input AS (
        SELECT * FROM unnest(${userIds}::uuid[], ${sorted.map((row) => row.minutesAttended)}::int[], ${sorted.map((row) => row.occurredAt)}::timestamptz[])
               AS t(user_id, minutes, occurred_at)
      ),
      upserted AS (
        INSERT INTO "CompletionEvent" (id, "userId", "sessionId", source, "minutesAttended", "occurredAt", "recordedById", "importId", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), user_id, ${session.id}::uuid, 'ATTENDANCE_IMPORT'::"CompletionSource", minutes, occurred_at,
               ${meta.recordedById}::uuid, ${meta.importId}::uuid, now(), now()
        FROM input
        ON CONFLICT ("userId", "sessionId", source) DO UPDATE SET
          "minutesAttended" = GREATEST("CompletionEvent"."minutesAttended", EXCLUDED."minutesAttended"),
          "updatedAt" = now()
        WHERE GREATEST("CompletionEvent"."minutesAttended", EXCLUDED."minutesAttended") IS DISTINCT FROM "CompletionEvent"."minutesAttended"
        RETURNING "userId", "minutesAttended", "occurredAt"
      )
      SELECT i.user_id AS "userId", (w."userId" IS NOT NULL) AS changed,
             COALESCE(w."minutesAttended", e."minutesAttended") AS "minutesAttended", COALESCE(w."occurredAt", e."occurredAt", i.occurred_at) AS "occurredAt",
             EXISTS (SELECT 1 FROM "SessionCompletion" c WHERE c."userId" = i.user_id AND c."sessionId" = ${session.id}::uuid) AS "alreadyCompleted",
             EXISTS (SELECT 1 FROM "User" v WHERE v.id = i.user_id AND v."emailVerifiedAt" IS NOT NULL) AS verified
      FROM input i
      LEFT JOIN upserted w ON w."userId" = i.user_id
      LEFT JOIN "CompletionEvent" e ON w."userId" IS NULL AND e."userId" = i.user_id AND e."sessionId" = ${session.id}::uuid AND e.source = 'ATTENDANCE_IMPORT'`;

    const toComplete: { userId: string; occurredAt: Date }[] = [];
    for (const row of written) {
      const counts = qualifies({ source: 'ATTENDANCE_IMPORT', minutesAttended: row.minutesAttended }, this.policyFor(session));
      if (counts && !row.alreadyCompleted && !row.verified) outcome.held += 1;
      else if (counts && !row.alreadyCompleted) toComplete.push(row);
      if (!row.changed && !(counts && !row.alreadyCompleted && row.verified)) outcome.unchanged += 1;
      else outcome.recorded += 1;
    }
    if (toComplete.length === 0) return outcome;
    const created = await tx.$queryRaw<{ userId: string; completedAt: Date }[]>`
      INSERT INTO "SessionCompletion" (id, "userId", "sessionId", source, "completedAt", "createdAt")
      SELECT gen_random_uuid(), user_id, ${session.id}::uuid, 'ATTENDANCE_IMPORT'::"CompletionSource", completed_at, now()
      FROM unnest(${toComplete.map((row) => row.userId)}::uuid[], ${toComplete.map((row) => row.occurredAt)}::timestamptz[]) AS t(user_id, completed_at)
      ON CONFLICT ("userId", "sessionId") DO NOTHING
      RETURNING "userId", "completedAt"`;
    outcome.newlyCompleted = created.length;
    outcome.outboxIds.push(
      ...(await enqueueOutboxEvents(
        tx,
        created.map((row) => ({
          name: JobName.SessionCompleted,
          data: { userId: row.userId, sessionId: session.id, seriesId: session.seriesId, completedAt: row.completedAt.toISOString() } satisfies SessionCompletedPayload,
        })),
      )),
    );
    if (!session.seriesId || created.length === 0) return outcome;

    const seriesId = session.seriesId;
    const learners = await loadSeriesForLearners(transactionRunner(tx), seriesId, created.map((row) => row.userId));
    const toUnlock = [...learners.entries()].filter(([, learner]) => !learner.unlockedAt && evaluateSeries(toSeriesDefinition(learner.series), learner.completions).satisfied);
    if (toUnlock.length === 0) return outcome;
    const series = toUnlock[0][1].series;
    const unlocked = await tx.$queryRaw<{ userId: string; unlockedAt: Date }[]>`
      INSERT INTO "SeriesUnlock" (id, "userId", "seriesId", "unlockedAt")
      SELECT gen_random_uuid(), user_id, ${seriesId}::uuid, now() FROM unnest(${toUnlock.map(([userId]) => userId)}::uuid[]) AS t(user_id)
      ON CONFLICT ("userId", "seriesId") DO NOTHING
      RETURNING "userId", "unlockedAt"`;
    outcome.unlocked = unlocked.length;
    outcome.outboxIds.push(
      ...(await enqueueOutboxEvents(
        tx,
        unlocked.map((row) => ({
          name: JobName.SeriesUnlocked,
          data: { userId: row.userId, seriesId, seriesSlug: series.slug, unlockTitle: series.unlockTitle, unlockedAt: row.unlockedAt.toISOString() } satisfies SeriesUnlockedPayload,
        })),
      )),
    );
    return outcome;
  }

  /**
   * Inserts the event or raises its stored progress (reports may repeat or arrive out of order,
   * so the furthest point counts), under the learner's lock, in one round trip. When nothing would
   * change, the stored row comes back instead (`changed` false). A CTE's other parts see the
   * table as it was before the upsert, so at most one of the two selects yields a row.
   */
  private async upsertEvent(
    run: SqlRunner,
    input: CompletionEventInput,
  ): Promise<{ event: CompletionEvent; changed: boolean; alreadyCompleted: boolean }> {
    const { userId, session } = input;
    const viewedPercent = input.viewedPercent === undefined || input.viewedPercent === null ? null : mergeRecordingProgress(null, input.viewedPercent);
    const minutesAttended = input.minutesAttended ?? null;
    const [row] = await run<CompletionEvent & { changed: boolean; alreadyCompleted: boolean }>(Prisma.sql`
      WITH upserted AS (
        INSERT INTO "CompletionEvent" (id, "userId", "sessionId", source, "idempotencyKey", "viewedPercent", "minutesAttended",
                                       "occurredAt", "recordedById", "importId", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), ${userId}::uuid, ${session.id}::uuid, ${input.source}::"CompletionSource", ${input.idempotencyKey ?? null},
               ${viewedPercent}::int, ${minutesAttended}::int, ${input.occurredAt}, ${input.recordedById ?? null}::uuid, ${input.importId ?? null}::uuid, now(), now()
        -- Takes the learner lock (held to the end of the transaction, or of this statement outside one) first.
        FROM (SELECT pg_advisory_xact_lock(hashtextextended(${userId}, ${LEARNER_LOCK_SEED}::bigint))) AS learner_lock
        ON CONFLICT ("userId", "sessionId", source) DO UPDATE SET
          "viewedPercent" = GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent"),
          "minutesAttended" = GREATEST("CompletionEvent"."minutesAttended", EXCLUDED."minutesAttended"),
          "updatedAt" = now()
        WHERE GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent") IS DISTINCT FROM "CompletionEvent"."viewedPercent"
           OR GREATEST("CompletionEvent"."minutesAttended", EXCLUDED."minutesAttended") IS DISTINCT FROM "CompletionEvent"."minutesAttended"
        RETURNING ${EVENT_COLUMNS}
      ),
      event AS (
        SELECT ${EVENT_COLUMNS}, true AS changed FROM upserted
        UNION ALL
        SELECT ${EVENT_COLUMNS}, false AS changed FROM "CompletionEvent" e
        WHERE e."userId" = ${userId}::uuid AND e."sessionId" = ${session.id}::uuid AND e.source = ${input.source}::"CompletionSource"
          AND NOT EXISTS (SELECT 1 FROM upserted)
      )
      SELECT event.*,
        EXISTS (SELECT 1 FROM "SessionCompletion" c WHERE c."userId" = ${userId}::uuid AND c."sessionId" = ${session.id}::uuid) AS "alreadyCompleted"
      FROM event`);
    if (row) {
      const { changed, alreadyCompleted, ...event } = row;
      return { event, changed, alreadyCompleted };
    }
    // The statement's snapshot predates the lock wait: a concurrent twin committed the row while
    // this one waited. A new statement sees it.
    const [event] = await run<CompletionEvent>(Prisma.sql`
      SELECT ${EVENT_COLUMNS} FROM "CompletionEvent"
      WHERE "userId" = ${userId}::uuid AND "sessionId" = ${session.id}::uuid AND source = ${input.source}::"CompletionSource"`);
    if (!event) throw new Error(`completion event of ${userId} for ${session.id} (${input.source}) vanished under the learner lock`);
    return { event, changed: false, alreadyCompleted: await this.hasCompleted(run, userId, session.id) };
  }

  private inputQualifies(input: CompletionEventInput): boolean {
    const evidence = { source: input.source, viewedPercent: input.viewedPercent ?? null, minutesAttended: input.minutesAttended ?? null };
    return qualifies(evidence, this.policyFor(input.session));
  }

  private eventQualifies(event: CompletionEvent, session: CompletableSession): boolean {
    return qualifies({ source: event.source, viewedPercent: event.viewedPercent, minutesAttended: event.minutesAttended }, this.policyFor(session));
  }

  /** A learner's stated share of a recording is refused where the session credits watched time only. */
  private assertAccepted(input: CompletionEventInput): void {
    if (!input.selfReported || input.source !== 'RECORDING_VIEWED' || acceptsSelfReportedView(this.policyFor(input.session))) return;
    throw new DomainError(
      422,
      'self-report-not-accepted',
      'This session credits a recording by the time actually watched in the player, not by a stated share',
      [
        {
          field: 'viewedPercent',
          rule: 'watchedTimeOnly',
          message: 'play the recording in the web app (it reports heartbeats to POST /me/sessions/{session}/recording-heartbeats)',
        },
      ],
    );
  }

  private async hasCompleted(run: SqlRunner, userId: string, sessionId: string): Promise<boolean> {
    const [row] = await run<{ completed: boolean }>(Prisma.sql`
      SELECT EXISTS (SELECT 1 FROM "SessionCompletion" WHERE "userId" = ${userId}::uuid AND "sessionId" = ${sessionId}::uuid) AS completed`);
    return row.completed;
  }

  private async hasVerifiedEmail(run: SqlRunner, userId: string): Promise<boolean> {
    const [row] = await run<{ verified: boolean }>(Prisma.sql`
      SELECT EXISTS (SELECT 1 FROM "User" WHERE id = ${userId}::uuid AND "emailVerifiedAt" IS NOT NULL) AS verified`);
    return row.verified;
  }

  /** Serialises one learner's events: completions and unlocks are then each created exactly once. */
  async lockLearner(tx: Prisma.TransactionClient, userId: string): Promise<void> {
    await transactionRunner(tx)(this.learnerLock(userId));
  }

  private learnerLock(userId: string): Prisma.Sql {
    return Prisma.sql`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${userId}, ${LEARNER_LOCK_SEED}::bigint))) AS learner_lock`;
  }

  private async unlockSeriesIfMet(run: SqlRunner, userId: string, seriesId: string) {
    const [learnerSeries] = await loadLearnerSeries(run, userId, Prisma.sql`sr.id = ${seriesId}::uuid`);
    if (!learnerSeries || learnerSeries.unlockedAt) return null;
    const { series, completions } = learnerSeries;
    const progress = evaluateSeries(toSeriesDefinition(series), completions);
    if (!progress.satisfied) return null;
    const created = await run<{ unlockedAt: Date }>(Prisma.sql`
      INSERT INTO "SeriesUnlock" (id, "userId", "seriesId", "unlockedAt")
      VALUES (gen_random_uuid(), ${userId}::uuid, ${seriesId}::uuid, now())
      ON CONFLICT ("userId", "seriesId") DO NOTHING
      RETURNING "unlockedAt"`);
    if (created.length === 0) return null;
    const payload: SeriesUnlockedPayload = {
      userId,
      seriesId,
      seriesSlug: series.slug,
      unlockTitle: series.unlockTitle,
      unlockedAt: created[0].unlockedAt.toISOString(),
    };
    const outboxIds = await enqueueOutboxEvents(run, [
      { name: JobName.SeriesUnlocked, data: payload },
      {
        name: JobName.IntegrationEvent,
        data: integrationEventPayload(IntegrationEventType.SeriesUnlocked, `${userId}:${seriesId}`, payload.unlockedAt, {
          userId,
          seriesId,
          seriesSlug: series.slug,
          unlockTitle: series.unlockTitle,
        }),
      },
    ]);
    return { summary: { seriesId, seriesSlug: series.slug, unlockTitle: series.unlockTitle }, outboxIds };
  }
}

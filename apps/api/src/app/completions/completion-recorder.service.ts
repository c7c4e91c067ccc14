import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { type CompletionEvent, type CompletionSource, Prisma, PrismaService, type Session } from '@stacks/db';
import { type CompletionPolicy, evaluateSeries, mergeRecordingProgress, qualifies, toSeriesDefinition } from '@stacks/learning-domain';
import {
  LearningEventJob,
  learningEventJobId,
  QueueName,
  type SeriesUnlockedPayload,
  type SessionCompletedPayload,
} from '@stacks/queue-contracts';
import { OutboxPublisher } from '../outbox/outbox-publisher.service.js';
import { loadLearnerSeries } from '../progress/learner-series.query.js';
import { DomainError } from '../problem/domain-error.js';

/** What recording a completion needs to know about its session. */
export type CompletableSession = Pick<
  Session,
  'id' | 'slug' | 'seriesId' | 'status' | 'startsAt' | 'recordingUrl' | 'recordingAvailableFrom' | 'recordingAvailableUntil'
>;

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
}

/** Seed of the per-learner advisory lock key; any stable number not used by other locks. */
const LEARNER_LOCK_SEED = 1984;

/**
 * The one place completion events turn into completions and unlocks. Every path (learner,
 * admin mark, attendance import) goes through `recordInTransaction`, which takes a per-learner
 * advisory lock: concurrent or duplicated events for one learner are applied one after the
 * other, so a completion and an unlock are each created exactly once.
 */
@Injectable()
export class CompletionRecorder {
  readonly policy: CompletionPolicy;

  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.policy = {
      recordingThresholdPercent: config.RECORDING_COMPLETION_PERCENT,
      liveMinimumMinutes: config.LIVE_ATTENDANCE_MIN_MINUTES,
    };
  }

  async record(input: CompletionEventInput): Promise<CompletionOutcome> {
    const outcome = await this.prisma.$transaction((tx) => this.recordInTransaction(tx, input), { timeout: 15_000 });
    await this.outbox.publish(outcome.outboxIds);
    return outcome;
  }

  async recordInTransaction(tx: Prisma.TransactionClient, input: CompletionEventInput): Promise<CompletionOutcome> {
    const { userId, session } = input;
    if (input.idempotencyKey) {
      await this.lockLearner(tx, userId);
      const replayed = await tx.completionEvent.findUnique({
        where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } },
      });
      if (replayed) {
        if (replayed.sessionId !== session.id || replayed.source !== input.source) {
          throw new DomainError(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different event', [
            { field: 'Idempotency-Key', rule: 'unique', message: 'use a new key for a new event' },
          ]);
        }
        return this.outcomeFor(tx, replayed, true);
      }
    }

    // One statement inserts the event or raises the stored progress (reports may repeat or arrive
    // out of order, so the furthest point counts); it returns no row when nothing would change.
    const viewedPercent = input.viewedPercent === undefined || input.viewedPercent === null ? null : mergeRecordingProgress(null, input.viewedPercent);
    const minutesAttended = input.minutesAttended ?? null;
    const written = await tx.$queryRaw<(CompletionEvent & { alreadyCompleted: boolean })[]>`
      INSERT INTO "CompletionEvent" (id, "userId", "sessionId", source, "idempotencyKey", "viewedPercent", "minutesAttended",
                                     "occurredAt", "recordedById", "importId", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), ${userId}::uuid, ${session.id}::uuid, ${input.source}::"CompletionSource", ${input.idempotencyKey ?? null},
             ${viewedPercent}::int, ${minutesAttended}::int, ${input.occurredAt}, ${input.recordedById ?? null}::uuid, ${input.importId ?? null}::uuid, now(), now()
      -- Takes the learner lock (a no-op if already held) before the row is written: saves a round trip.
      FROM (SELECT pg_advisory_xact_lock(hashtextextended(${userId}, ${LEARNER_LOCK_SEED}::bigint))) AS learner_lock
      ON CONFLICT ("userId", "sessionId", source) DO UPDATE SET
        "viewedPercent" = GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent"),
        "minutesAttended" = GREATEST("CompletionEvent"."minutesAttended", EXCLUDED."minutesAttended"),
        "updatedAt" = now()
      WHERE GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent") IS DISTINCT FROM "CompletionEvent"."viewedPercent"
         OR GREATEST("CompletionEvent"."minutesAttended", EXCLUDED."minutesAttended") IS DISTINCT FROM "CompletionEvent"."minutesAttended"
      RETURNING *,
        EXISTS (SELECT 1 FROM "SessionCompletion" c WHERE c."userId" = ${userId}::uuid AND c."sessionId" = ${session.id}::uuid) AS "alreadyCompleted"`;
    let event: CompletionEvent;
    let duplicate = false;
    let alreadyCompleted: boolean | null = null;
    if (written.length > 0) {
      const { alreadyCompleted: completedBefore, ...row } = written[0];
      event = row;
      alreadyCompleted = completedBefore;
    } else {
      event = await tx.completionEvent.findUniqueOrThrow({
        where: { userId_sessionId_source: { userId, sessionId: session.id, source: input.source } },
      });
      duplicate = true;
    }

    const outboxIds: string[] = [];
    const unlocked: CompletionOutcome['unlocked'] = [];
    const counts = qualifies({ source: event.source, viewedPercent: event.viewedPercent, minutesAttended: event.minutesAttended }, this.policy);
    let newlyCompleted = false;
    let sessionCompleted = counts;
    if (counts && alreadyCompleted !== true) {
      const created = await tx.$queryRaw<{ completedAt: Date }[]>`
        INSERT INTO "SessionCompletion" (id, "userId", "sessionId", source, "completedAt", "createdAt")
        VALUES (gen_random_uuid(), ${userId}::uuid, ${session.id}::uuid, ${event.source}::"CompletionSource", ${event.occurredAt}, now())
        ON CONFLICT ("userId", "sessionId") DO NOTHING
        RETURNING "completedAt"`;
      newlyCompleted = created.length > 0;
      if (newlyCompleted) {
        const completedPayload: SessionCompletedPayload = {
          userId,
          sessionId: session.id,
          seriesId: session.seriesId,
          completedAt: created[0].completedAt.toISOString(),
        };
        outboxIds.push(
          await this.enqueue(tx, LearningEventJob.SessionCompleted, learningEventJobId.sessionCompleted(completedPayload), completedPayload),
        );
        if (session.seriesId) {
          const unlock = await this.unlockSeriesIfMet(tx, userId, session.seriesId);
          if (unlock) {
            unlocked.push(unlock.summary);
            outboxIds.push(unlock.outboxId);
          }
        }
      }
    } else if (!counts) {
      // Completed before by other evidence (an admin mark, another source)?
      sessionCompleted =
        alreadyCompleted ??
        Boolean(await tx.sessionCompletion.findUnique({ where: { userId_sessionId: { userId, sessionId: session.id } }, select: { id: true } }));
    }
    return { event, duplicate: duplicate && !newlyCompleted, sessionCompleted, newlyCompleted, unlocked, outboxIds };
  }

  /** Serialises one learner's events: completions and unlocks are then each created exactly once. */
  private async lockLearner(tx: Prisma.TransactionClient, userId: string): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${userId}, ${LEARNER_LOCK_SEED}::bigint))`;
  }

  private async unlockSeriesIfMet(tx: Prisma.TransactionClient, userId: string, seriesId: string) {
    const [learnerSeries] = await loadLearnerSeries(tx, userId, Prisma.sql`sr.id = ${seriesId}::uuid`);
    if (!learnerSeries || learnerSeries.unlockedAt) return null;
    const { series, completions } = learnerSeries;
    const progress = evaluateSeries(toSeriesDefinition(series), completions);
    if (!progress.satisfied) return null;
    const created = await tx.$queryRaw<{ unlockedAt: Date }[]>`
      INSERT INTO "SeriesUnlock" (id, "userId", "seriesId", "unlockedAt")
      VALUES (gen_random_uuid(), ${userId}::uuid, ${seriesId}::uuid, now())
      ON CONFLICT ("userId", "seriesId") DO NOTHING
      RETURNING "unlockedAt"`;
    if (created.length === 0) return null;
    const payload: SeriesUnlockedPayload = {
      userId,
      seriesId,
      seriesSlug: series.slug,
      unlockTitle: series.unlockTitle,
      unlockedAt: created[0].unlockedAt.toISOString(),
    };
    const outboxId = await this.enqueue(tx, LearningEventJob.SeriesUnlocked, learningEventJobId.seriesUnlocked(payload), payload);
    return { summary: { seriesId, seriesSlug: series.slug, unlockTitle: series.unlockTitle }, outboxId };
  }

  private async enqueue(tx: Prisma.TransactionClient, jobName: LearningEventJob, jobId: string, payload: object): Promise<string> {
    // The job id is the idempotency key: a second write for the same fact returns the first row.
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt")
      VALUES (gen_random_uuid(), ${QueueName.LearningEvents}, ${jobName}, ${jobId}, ${JSON.stringify(payload)}::jsonb, now())
      ON CONFLICT ("jobId") DO UPDATE SET "jobId" = EXCLUDED."jobId"
      RETURNING id`;
    return row.id;
  }

  private async outcomeFor(tx: Prisma.TransactionClient, event: CompletionEvent, duplicate: boolean): Promise<CompletionOutcome> {
    const completion = await tx.sessionCompletion.findUnique({
      where: { userId_sessionId: { userId: event.userId, sessionId: event.sessionId } },
    });
    return { event, duplicate, sessionCompleted: Boolean(completion), newlyCompleted: false, unlocked: [], outboxIds: [] };
  }
}

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
import { DomainError } from '../problem/domain-error.js';

export interface CompletionEventInput {
  userId: string;
  session: Session;
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
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${userId}, 1984))`;

    if (input.idempotencyKey) {
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

    const existing = await tx.completionEvent.findUnique({
      where: { userId_sessionId_source: { userId, sessionId: session.id, source: input.source } },
    });
    const merged = {
      viewedPercent:
        input.viewedPercent === undefined || input.viewedPercent === null
          ? (existing?.viewedPercent ?? null)
          : mergeRecordingProgress(existing?.viewedPercent ?? null, input.viewedPercent),
      minutesAttended: maxOrNull(existing?.minutesAttended ?? null, input.minutesAttended ?? null),
    };
    let event: CompletionEvent;
    let duplicate = false;
    if (!existing) {
      event = await tx.completionEvent.create({
        data: {
          userId,
          sessionId: session.id,
          source: input.source,
          idempotencyKey: input.idempotencyKey ?? null,
          occurredAt: input.occurredAt,
          recordedById: input.recordedById ?? null,
          importId: input.importId ?? null,
          ...merged,
        },
      });
    } else if (merged.viewedPercent !== existing.viewedPercent || merged.minutesAttended !== existing.minutesAttended) {
      event = await tx.completionEvent.update({ where: { id: existing.id }, data: merged });
    } else {
      event = existing;
      duplicate = true;
    }

    const outboxIds: string[] = [];
    const unlocked: CompletionOutcome['unlocked'] = [];
    const alreadyCompleted = await tx.sessionCompletion.findUnique({ where: { userId_sessionId: { userId, sessionId: session.id } } });
    const counts = qualifies({ source: event.source, viewedPercent: event.viewedPercent, minutesAttended: event.minutesAttended }, this.policy);
    let newlyCompleted = false;
    if (counts && !alreadyCompleted) {
      const completion = await tx.sessionCompletion.create({
        data: { userId, sessionId: session.id, source: event.source, completedAt: event.occurredAt },
      });
      newlyCompleted = true;
      const completedPayload: SessionCompletedPayload = {
        userId,
        sessionId: session.id,
        seriesId: session.seriesId,
        completedAt: completion.completedAt.toISOString(),
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
    return { event, duplicate: duplicate && !newlyCompleted, sessionCompleted: counts || Boolean(alreadyCompleted), newlyCompleted, unlocked, outboxIds };
  }

  private async unlockSeriesIfMet(tx: Prisma.TransactionClient, userId: string, seriesId: string) {
    const series = await tx.series.findUniqueOrThrow({
      where: { id: seriesId },
      include: { sessions: { where: { status: 'SCHEDULED' }, select: { id: true, position: true, title: true }, orderBy: { position: 'asc' } } },
    });
    const completions = await tx.sessionCompletion.findMany({
      where: { userId, sessionId: { in: series.sessions.map((session) => session.id) } },
      select: { sessionId: true, completedAt: true },
    });
    const progress = evaluateSeries(toSeriesDefinition(series), completions);
    if (!progress.satisfied) return null;
    const already = await tx.seriesUnlock.findUnique({ where: { userId_seriesId: { userId, seriesId } } });
    if (already) return null;
    const unlock = await tx.seriesUnlock.create({ data: { userId, seriesId } });
    const payload: SeriesUnlockedPayload = {
      userId,
      seriesId,
      seriesSlug: series.slug,
      unlockTitle: series.unlockTitle,
      unlockedAt: unlock.unlockedAt.toISOString(),
    };
    const outboxId = await this.enqueue(tx, LearningEventJob.SeriesUnlocked, learningEventJobId.seriesUnlocked(payload), payload);
    return { summary: { seriesId, seriesSlug: series.slug, unlockTitle: series.unlockTitle }, outboxId };
  }

  private async enqueue(tx: Prisma.TransactionClient, jobName: LearningEventJob, jobId: string, payload: object): Promise<string> {
    const row = await tx.outboxEvent.upsert({
      where: { jobId },
      create: { queue: QueueName.LearningEvents, jobName, jobId, payload: payload as Prisma.InputJsonObject },
      update: {},
      select: { id: true },
    });
    return row.id;
  }

  private async outcomeFor(tx: Prisma.TransactionClient, event: CompletionEvent, duplicate: boolean): Promise<CompletionOutcome> {
    const completion = await tx.sessionCompletion.findUnique({
      where: { userId_sessionId: { userId: event.userId, sessionId: event.sessionId } },
    });
    return { event, duplicate, sessionCompleted: Boolean(completion), newlyCompleted: false, unlocked: [], outboxIds: [] };
  }
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

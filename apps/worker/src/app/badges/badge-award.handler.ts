import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AwardResult, BadgeIssuance } from '@stacks/badge-issuance';
import { OutboxRelay, PrismaService } from '@stacks/db';
import {
  LearningEventJob,
  type LearningEventPayloads,
  QueueName,
  type SeriesUnlockedPayload,
  type SessionCompletedPayload,
} from '@stacks/queue-contracts';
import type { Queue } from 'bullmq';
import type { LearningEventHandler } from '../learning-events/learning-event-handler.js';

/**
 * Awards achievements whose rule a learning event may have satisfied: a series unlock for
 * series badges, a session completion for program badges. Idempotent: BadgeIssuance awards
 * each (learner, achievement) once, so retried or duplicated events issue nothing more.
 */
@Injectable()
export class BadgeAwardHandler implements LearningEventHandler {
  private readonly logger = new Logger(BadgeAwardHandler.name);
  private readonly relay: OutboxRelay;

  constructor(
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
    prisma: PrismaService,
    @InjectQueue(QueueName.Notifications) notifications: Queue,
  ) {
    this.relay = new OutboxRelay(prisma, async (queue, jobName, payload, jobId) => {
      if (queue !== QueueName.Notifications) throw new Error(`No producer for queue ${queue}`);
      await notifications.add(jobName, payload, { jobId });
    });
  }

  async handle<Name extends LearningEventJob>(name: Name, payload: LearningEventPayloads[Name]): Promise<void> {
    let results: AwardResult[] = [];
    if (name === LearningEventJob.SeriesUnlocked) {
      const unlocked = payload as SeriesUnlockedPayload;
      results = await this.issuance.awardForSeriesUnlock(unlocked.userId, unlocked.seriesId);
    } else if (name === LearningEventJob.SessionCompleted) {
      const completed = payload as SessionCompletedPayload;
      results = await this.issuance.awardForSessionCompletion(completed.userId, completed.sessionId);
    }
    await this.announce(results);
  }

  /** Series badges whose unlock event was missed (see BadgeIssuance.reconcileSeriesAwards). */
  async reconcile(): Promise<number> {
    const results = await this.issuance.reconcileSeriesAwards();
    await this.announce(results);
    return results.filter((result) => result.created).length;
  }

  private async announce(results: AwardResult[]): Promise<void> {
    const issued = results.filter((result) => result.created);
    if (issued.length === 0) return;
    this.logger.log({ credentials: issued.map((result) => result.credentialId) }, 'badges awarded');
    // Announce at once; if Redis hiccups the rows stay pending for the outbox sweep.
    const outboxIds = issued.flatMap((result) => result.outboxIds);
    try {
      await this.relay.relayPending(outboxIds.length, outboxIds);
    } catch (error) {
      this.logger.warn({ err: error }, 'badge notices left for the outbox sweep');
    }
  }
}

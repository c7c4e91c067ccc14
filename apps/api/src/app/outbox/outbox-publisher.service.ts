import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { OutboxRelay, PrismaService } from '@stacks/db';
import { QueueName } from '@stacks/queue-contracts';
import type { Queue } from 'bullmq';

/**
 * Publishes outbox rows right after the transaction that wrote them commits. A failure here
 * (Redis away) is not the caller's problem: the rows stay pending and the worker's sweep
 * delivers them.
 */
@Injectable()
export class OutboxPublisher {
  private readonly logger = new Logger(OutboxPublisher.name);
  private readonly relay: OutboxRelay;

  constructor(
    prisma: PrismaService,
    @InjectQueue(QueueName.LearningEvents) learningEvents: Queue,
    @InjectQueue(QueueName.Notifications) notifications: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
  ) {
    const queues = new Map<string, Queue>([
      [QueueName.LearningEvents, learningEvents],
      [QueueName.Notifications, notifications],
      [QueueName.Reminders, reminders],
    ]);
    this.relay = new OutboxRelay(prisma, async (queue, jobName, payload, jobId) => {
      const target = queues.get(queue);
      if (!target) throw new Error(`No producer for queue ${queue}`);
      await target.add(jobName, payload, { jobId });
    });
  }

  async publish(outboxIds: string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    try {
      const result = await this.relay.relayPending(outboxIds.length, outboxIds);
      if (result.failed > 0) this.logger.warn({ failed: result.failed }, 'outbox events left for the worker sweep');
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox publish failed; the worker sweep will retry');
    }
  }
}

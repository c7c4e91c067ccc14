import { Injectable, Logger } from '@nestjs/common';
import { OutboxRelay, PrismaService, type RelayResult } from '@stacks/db';
import { JobQueues } from './job-queues.js';

/**
 * Publishes the transactional outbox (rows written by `enqueueOutboxEvent`) through the one
 * producer. `publish` runs right after the transaction that wrote the rows commits; a failure
 * there (Redis away) is not the caller's problem: the rows stay pending and the worker's
 * periodic `sweep` delivers them.
 */
@Injectable()
export class OutboxPublisher {
  private readonly logger = new Logger(OutboxPublisher.name);
  private readonly relay: OutboxRelay;

  constructor(
    private readonly prisma: PrismaService,
    jobs: JobQueues,
  ) {
    this.relay = new OutboxRelay(prisma, (job, jobId) => jobs.add(job, { jobId }));
  }

  async publish(outboxIds: string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    try {
      // On the driver pool, not in a Prisma transaction: this runs after every completing event.
      const result = await this.prisma.sqlTransaction((run) => this.relay.relayIds(run, outboxIds));
      if (result.failed > 0) this.logger.warn({ failed: result.failed }, 'outbox events left for the worker sweep');
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox publish failed; the worker sweep will retry');
    }
  }

  /** Whatever a crash or a Redis outage left pending, oldest first. */
  sweep(batchSize?: number): Promise<RelayResult> {
    return this.relay.relayPending(batchSize);
  }
}

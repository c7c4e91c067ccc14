import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { RelayResult } from '@stacks/db';
import { JobName } from '@stacks/queue-contracts';
import { JobQueues, OutboxPublisher } from '@stacks/queues';
import { OnJob } from '../jobs/on-job.decorator.js';
import { watchRedisReconnects } from '../redis-reconnect-watcher.js';

const RELAY_EVERY_MS = 5_000;

/**
 * Sweeps the transactional outbox. The API publishes right after each commit; this catches
 * whatever a crash or a Redis outage left behind. The job scheduler is keyed, so every worker
 * replica upserts the same single schedule.
 */
@Injectable()
export class OutboxSweep implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OutboxSweep.name);
  private stopWatching?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
    private readonly outbox: OutboxPublisher,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.upsertSchedule();
    // A Redis restarted without persistence has lost the schedule: put it back on reconnect.
    this.stopWatching = watchRedisReconnects(this.config, 'stacks-maintenance-watcher', () => {
      this.upsertSchedule().catch((error: unknown) => this.logger.warn({ err: error }, 'maintenance schedules not restored; retrying on the next reconnect'));
    });
  }

  onModuleDestroy(): void {
    this.stopWatching?.();
  }

  /** The maintenance queue's schedules: the outbox sweep, and the status list refresh (every half max-age, see BadgeIssuance.refreshStatusLists). */
  private async upsertSchedule(): Promise<void> {
    const kept = { removeOnComplete: 100, removeOnFail: 100 };
    await this.jobs.schedule({ name: JobName.RelayOutbox, data: {} }, { every: RELAY_EVERY_MS }, kept);
    const refreshEveryMs = Math.max(1_000, Math.floor((this.config.BADGE_STATUS_LIST_MAX_AGE_SECONDS * 1000) / 2));
    await this.jobs.schedule({ name: JobName.RefreshStatusLists, data: {} }, { every: refreshEveryMs }, kept);
  }

  @OnJob(JobName.RelayOutbox)
  async sweep(): Promise<RelayResult> {
    const result = await this.outbox.sweep();
    if (result.published > 0 || result.failed > 0) this.logger.log(result, 'outbox relayed');
    return result;
  }
}

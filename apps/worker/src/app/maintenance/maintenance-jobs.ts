import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService, purgeExpiredSignIns, type RelayResult } from '@stacks/db';
import { JobName } from '@stacks/queue-contracts';
import { JobQueues, OutboxPublisher } from '@stacks/queues';
import { OnJob } from '../jobs/on-job.decorator.js';
import { watchRedisReconnects } from '../redis-reconnect-watcher.js';

const RELAY_EVERY_MS = 5_000;
const PURGE_SIGN_INS_EVERY_MS = 3_600_000;

/**
 * The maintenance queue. Sweeps the transactional outbox: the API publishes right after each
 * commit; this catches whatever a crash or a Redis outage left behind. And purges expired
 * single-sign-on rows hourly, so abandoned sign-ins (with their sealed ID tokens) do not wait for
 * the next sign-in to go. The job schedulers are keyed, so every worker replica upserts the same
 * single schedule.
 */
@Injectable()
export class MaintenanceJobs implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MaintenanceJobs.name);
  private stopWatching?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
    private readonly outbox: OutboxPublisher,
    private readonly prisma: PrismaService,
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

  /** The maintenance queue's schedules: the outbox sweep, the status list refresh (every half max-age, see BadgeIssuance.refreshStatusLists) and the sign-in purge. */
  private async upsertSchedule(): Promise<void> {
    const kept = { removeOnComplete: 100, removeOnFail: 100 };
    await this.jobs.schedule({ name: JobName.RelayOutbox, data: {} }, { every: RELAY_EVERY_MS }, kept);
    const refreshEveryMs = Math.max(1_000, Math.floor((this.config.BADGE_STATUS_LIST_MAX_AGE_SECONDS * 1000) / 2));
    await this.jobs.schedule({ name: JobName.RefreshStatusLists, data: {} }, { every: refreshEveryMs }, kept);
    await this.jobs.schedule({ name: JobName.PurgeExpiredSignIns, data: {} }, { every: PURGE_SIGN_INS_EVERY_MS }, kept);
  }

  @OnJob(JobName.RelayOutbox)
  async sweep(): Promise<RelayResult> {
    const result = await this.outbox.sweep();
    if (result.published > 0 || result.failed > 0) this.logger.log(result, 'outbox relayed');
    return result;
  }

  @OnJob(JobName.PurgeExpiredSignIns)
  async purgeSignIns(): Promise<{ signIns: number; sessions: number }> {
    const purged = await purgeExpiredSignIns(this.prisma, this.config.JWT_REFRESH_TTL_DAYS);
    if (purged.signIns > 0 || purged.sessions > 0) this.logger.log(purged, 'expired single-sign-on rows purged');
    return purged;
  }
}

import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { OutboxRelay, PrismaService } from '@stacks/db';
import { MaintenanceJob, QueueName } from '@stacks/queue-contracts';
import type { Job, Queue } from 'bullmq';
import { watchRedisReconnects } from '../redis-reconnect-watcher.js';

const RELAY_EVERY_MS = 5_000;

/**
 * Sweeps the transactional outbox. The API publishes right after each commit; this catches
 * whatever a crash or a Redis outage left behind. The job scheduler is keyed, so every worker
 * replica upserts the same single schedule.
 */
@Processor(QueueName.Maintenance)
export class OutboxRelayProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelayProcessor.name);
  private readonly relay: OutboxRelay;

  private stopWatching?: () => void;

  constructor(
    prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Maintenance) private readonly maintenance: Queue,
    @InjectQueue(QueueName.LearningEvents) learningEvents: Queue,
    @InjectQueue(QueueName.Notifications) notifications: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
  ) {
    super();
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

  async onApplicationBootstrap(): Promise<void> {
    await this.upsertSchedule();
    // A Redis restarted without persistence has lost the schedule: put it back on reconnect.
    this.stopWatching = watchRedisReconnects(this.config, 'stacks-maintenance-watcher', () => {
      this.upsertSchedule().catch((error: unknown) => this.logger.warn({ err: error }, 'outbox schedule not restored; retrying on the next reconnect'));
    });
  }

  onModuleDestroy(): void {
    this.stopWatching?.();
  }

  private async upsertSchedule(): Promise<void> {
    await this.maintenance.upsertJobScheduler(MaintenanceJob.RelayOutbox, { every: RELAY_EVERY_MS }, {
      name: MaintenanceJob.RelayOutbox,
      opts: { removeOnComplete: 100, removeOnFail: 100 },
    });
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== MaintenanceJob.RelayOutbox) throw new Error(`Unknown maintenance job ${job.name}`);
    const result = await this.relay.relayPending();
    if (result.published > 0 || result.failed > 0) this.logger.log(result, 'outbox relayed');
    return result;
  }
}

import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { JobName, storedJobItem } from '@stacks/queue-contracts';
import { JobQueues } from '@stacks/queues';
import { parseReminderOffsets } from '@stacks/notifications';
import { deliveryJobOptions } from '../jobs/job-options.js';
import { watchRedisReconnects } from '../redis-reconnect-watcher.js';
import { ReminderPlanner } from './reminder-planner.js';

/**
 * Redis is a cache of intent here; PostgreSQL is the truth. After a worker starts and after
 * every Redis reconnect (a restarted Redis without persistence has lost every delayed job and
 * the job schedulers), this rebuilds what should be queued: the sweep schedulers (nudges, digest, badge expiry), the reminders
 * of every upcoming session, and a job for each delivery left pending or failed in the ledger.
 * Everything it adds has a deterministic id or is guarded by the ledger, so running it on a
 * healthy Redis changes nothing. It runs before the workers start taking jobs.
 */
@Injectable()
export class ReminderReconciler implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ReminderReconciler.name);
  private running: Promise<void> | null = null;
  private readonly horizonMs: number;
  private stopWatching?: () => void;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
    private readonly planner: ReminderPlanner,
  ) {
    this.horizonMs = Math.max(...parseReminderOffsets(config.REMINDER_OFFSETS_MINUTES)) * 60_000 + 60_000;
  }

  async onModuleInit(): Promise<void> {
    // Upserts the keyed schedulers (every replica shares one) and rebuilds lost jobs.
    await this.reconcile('startup').catch((error) => this.logger.warn({ err: error }, 'startup reconcile failed; it runs again on reconnect'));
    this.stopWatching = watchRedisReconnects(this.config, 'stacks-reminders-watcher', () => {
      this.reconcile('redis reconnected').catch((error) => this.logger.warn({ err: error }, 'reconcile after reconnect failed'));
    });
  }

  onModuleDestroy(): void {
    this.stopWatching?.();
  }

  /** Coalesces overlapping calls (several reconnect events in a row). */
  reconcile(reason: string): Promise<void> {
    this.running ??= this.run(reason).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(reason: string): Promise<void> {
    const kept = { removeOnComplete: 50, removeOnFail: 50 };
    await this.jobs.schedule({ name: JobName.NudgeSweep, data: {} }, { pattern: this.config.NUDGE_SWEEP_CRON, tz: 'UTC' }, kept);
    await this.jobs.schedule({ name: JobName.DigestSweep, data: {} }, { pattern: this.config.WEEKLY_DIGEST_CRON, tz: 'UTC' }, kept);
    await this.jobs.schedule({ name: JobName.CredentialExpirySweep, data: {} }, { pattern: this.config.BADGE_EXPIRY_SWEEP_CRON, tz: 'UTC' }, kept);
    const now = new Date();
    const sessions = await this.prisma.session.findMany({
      where: { status: 'SCHEDULED', startsAt: { gt: now, lte: new Date(now.getTime() + this.horizonMs) }, enrolments: { some: { status: 'ENROLLED' } } },
      select: { id: true },
    });
    let planned = 0;
    for (const session of sessions) {
      const result = await this.planner.plan({ sessionId: session.id }, now);
      planned += result.scheduled;
    }
    const stranded = await this.prisma.$queryRaw<{ id: string; attempts: number; job: { queue: string; name: string; data: unknown } }[]>`
      SELECT id, attempts, job FROM "NotificationDelivery"
      WHERE status IN ('PENDING', 'FAILED') OR (status = 'SENDING' AND "leaseUntil" < now())
      ORDER BY "updatedAt" LIMIT 10000`;
    const options = deliveryJobOptions(this.config);
    for (const delivery of stranded) {
      const job = storedJobItem(delivery.job.name, delivery.job.data);
      if (!job) {
        this.logger.warn({ delivery: delivery.id, job: delivery.job.name }, 'stranded delivery names no job this version knows; left for an admin');
        continue;
      }
      // The ledger decides whether anything is sent; this only makes sure some job will ask.
      await this.jobs.add(job, { ...options, jobId: `recover.${delivery.id}.${delivery.attempts}` });
    }
    this.logger.log({ reason, sessions: sessions.length, planned, stranded: stranded.length }, 'reminders reconciled');
  }
}

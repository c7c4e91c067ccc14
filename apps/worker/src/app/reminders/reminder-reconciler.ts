import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { QueueName, ReminderJob, reminderJobId } from '@stacks/queue-contracts';
import { parseReminderOffsets } from '@stacks/reminders';
import type { Queue } from 'bullmq';
import { deliveryJobOptions, ReminderPlanner } from './reminder-planner.js';

/**
 * Redis is a cache of intent here; PostgreSQL is the truth. After a worker starts and after
 * every Redis reconnect (a restarted Redis without persistence has lost every delayed job and
 * the job schedulers), this rebuilds what should be queued: the nudge scheduler, the reminders
 * of every upcoming session, and a job for each delivery left pending or failed in the ledger.
 * Everything it adds has a deterministic id or is guarded by the ledger, so running it on a
 * healthy Redis changes nothing.
 */
@Injectable()
export class ReminderReconciler {
  private readonly logger = new Logger(ReminderReconciler.name);
  private running: Promise<void> | null = null;
  private readonly horizonMs: number;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Reminders) private readonly reminders: Queue,
    @InjectQueue(QueueName.Notifications) private readonly notifications: Queue,
    private readonly planner: ReminderPlanner,
  ) {
    this.horizonMs = Math.max(...parseReminderOffsets(config.REMINDER_OFFSETS_MINUTES)) * 60_000 + 60_000;
  }

  /** Coalesces overlapping calls (several reconnect events in a row). */
  reconcile(reason: string): Promise<void> {
    this.running ??= this.run(reason).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(reason: string): Promise<void> {
    await this.reminders.upsertJobScheduler(reminderJobId.nudgeScheduler, { pattern: this.config.NUDGE_SWEEP_CRON, tz: 'UTC' }, {
      name: ReminderJob.NudgeSweep,
      data: {},
      opts: { removeOnComplete: 50, removeOnFail: 50 },
    });
    await this.reminders.upsertJobScheduler(reminderJobId.digestScheduler, { pattern: this.config.WEEKLY_DIGEST_CRON, tz: 'UTC' }, {
      name: ReminderJob.DigestSweep,
      data: {},
      opts: { removeOnComplete: 50, removeOnFail: 50 },
    });
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
      const queue = delivery.job.queue === QueueName.Notifications ? this.notifications : this.reminders;
      // The ledger decides whether anything is sent; this only makes sure some job will ask.
      await queue.add(delivery.job.name, delivery.job.data, { ...options, jobId: `recover.${delivery.id}.${delivery.attempts}` });
    }
    this.logger.log({ reason, sessions: sessions.length, planned, stranded: stranded.length }, 'reminders reconciled');
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import {
  type PlanSessionRemindersPayload,
  QueueName,
  ReminderJob,
  bullmqConnection,
  closeRedisConnection,
  type SendDigestPayload,
  type SendNudgePayload,
  type SendSessionReminderPayload,
} from '@stacks/queue-contracts';
import { DelayedError, type Job, Worker } from 'bullmq';
import { watchRedisReconnects } from '../redis-reconnect-watcher.js';
import { NudgeSweeper } from './nudge-sweeper.js';
import { ReminderPlanner } from './reminder-planner.js';
import { ReminderReconciler } from './reminder-reconciler.js';
import { ReminderSender } from './reminder-sender.js';
import { WeeklyDigest } from './weekly-digest.js';

/** True when a failure of this attempt will not be retried by BullMQ. */
export function isFinalAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** BullMQ worker options shared by the notification workers (lock = delivery lease). */
export function notificationWorkerOptions(config: AppConfig) {
  const lockMs = config.NOTIFICATION_LOCK_SECONDS * 1000;
  return {
    // Workers block on Redis; ioredis must retry forever so a Redis restart is survived.
    connection: bullmqConnection(config, { maxRetriesPerRequest: null }),
    prefix: config.QUEUE_PREFIX,
    concurrency: config.NOTIFICATION_CONCURRENCY,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // A job whose worker was killed is "stalled" and handed to another worker; allow several.
    maxStalledCount: 5,
  };
}

/**
 * Consumes the reminders queue: planning, sending reminders and nudges, and the nudge sweep.
 * A plain BullMQ Worker (not @Processor) so concurrency and lock duration come from config.
 */
@Injectable()
export class RemindersWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RemindersWorker.name);
  private worker?: Worker;
  private stopWatching?: () => void;
  private closeConnection?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly planner: ReminderPlanner,
    private readonly sender: ReminderSender,
    private readonly nudges: NudgeSweeper,
    private readonly reconciler: ReminderReconciler,
    private readonly digest: WeeklyDigest,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Upserts the keyed nudge scheduler (every replica shares one) and rebuilds lost jobs.
    await this.reconciler.reconcile('startup').catch((error) => this.logger.warn({ err: error }, 'startup reconcile failed; it runs again on reconnect'));
    this.stopWatching = watchRedisReconnects(this.config, 'stacks-reminders-watcher', () => {
      this.reconciler.reconcile('redis reconnected').catch((error) => this.logger.warn({ err: error }, 'reconcile after reconnect failed'));
    });
    const options = notificationWorkerOptions(this.config);
    this.closeConnection = () => closeRedisConnection(options.connection);
    this.worker = new Worker(QueueName.Reminders, (job, token) => this.process(job, token), options);
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'reminders worker error (reconnecting)'));
  }

  async onModuleDestroy(): Promise<void> {
    // Stops taking jobs and waits for the running ones: graceful shutdown.
    await this.worker?.close();
    this.closeConnection?.();
    this.stopWatching?.();
  }

  async process(job: Job, token?: string): Promise<unknown> {
    switch (job.name) {
      case ReminderJob.PlanSessionReminders:
        return this.planner.plan(job.data as PlanSessionRemindersPayload);
      case ReminderJob.SendSessionReminder:
        return this.sender.sendReminder(job.data as SendSessionReminderPayload, isFinalAttempt(job));
      case ReminderJob.NudgeSweep:
        return this.nudges.sweep();
      case ReminderJob.SendNudge: {
        const outcome = await this.sender.sendNudge(job.data as SendNudgePayload, isFinalAttempt(job));
        if ('deferUntil' in outcome && token) {
          await job.moveToDelayed(outcome.deferUntil.getTime(), token);
          throw new DelayedError();
        }
        return outcome;
      }
      case ReminderJob.DigestSweep:
        return this.digest.sweep();
      case ReminderJob.SendDigest: {
        const outcome = await this.digest.send(job.data as SendDigestPayload, isFinalAttempt(job));
        if ('deferUntil' in outcome && token) {
          await job.moveToDelayed(outcome.deferUntil.getTime(), token);
          throw new DelayedError();
        }
        return outcome;
      }
      default:
        throw new Error(`Unknown reminders job ${job.name}`);
    }
  }
}

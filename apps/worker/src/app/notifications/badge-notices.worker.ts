import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { type BadgeAwardedPayload, closeRedisConnection, NotificationJob, QueueName } from '@stacks/queue-contracts';
import { badgeNoticeKey, composeBadgeNotice, deferPastQuietHours, isQuietAt } from '@stacks/reminders';
import { DelayedError, type Job, Worker } from 'bullmq';
import { NotificationMetrics } from '../metrics/notification-metrics.js';
import { isFinalAttempt, notificationWorkerOptions } from '../reminders/reminders.worker.js';
import { NotificationDispatcher } from './notification-dispatcher.js';

/** Tells a learner their badge was issued and how to view and share it (notifications queue). */
@Injectable()
export class BadgeNoticesWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(BadgeNoticesWorker.name);
  private worker?: Worker;
  private closeConnection?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: NotificationDispatcher,
    private readonly metrics: NotificationMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const options = notificationWorkerOptions(this.config);
    this.closeConnection = () => closeRedisConnection(options.connection);
    this.worker = new Worker(QueueName.Notifications, (job, token) => this.process(job, token), options);
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'notifications worker error (reconnecting)'));
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
    this.closeConnection?.();
  }

  async process(job: Job, token?: string): Promise<unknown> {
    if (job.name !== NotificationJob.BadgeAwarded) throw new Error(`Unknown notification job ${job.name}`);
    const payload = job.data as BadgeAwardedPayload;
    const audience = await this.dispatcher.audience(payload.userId);
    if (!audience || audience.unsubscribed) {
      this.metrics.skipped.inc({ kind: 'badge-notice', reason: audience ? 'opted-out' : 'no-learner' });
      return { skipped: audience ? 'opted-out' : 'no-learner' };
    }
    const now = new Date();
    if (token && isQuietAt(now, audience.timeZone, audience.quietHours)) {
      await job.moveToDelayed(deferPastQuietHours(now, audience.timeZone, audience.quietHours).getTime(), token);
      throw new DelayedError();
    }
    return this.dispatcher.deliver(audience, {
      key: badgeNoticeKey(payload.credentialId),
      kind: 'badge-notice',
      dueAt: new Date(payload.awardedAt),
      finalAttempt: isFinalAttempt(job),
      job: { queue: QueueName.Notifications, name: job.name, data: payload },
      compose: (links) =>
        composeBadgeNotice({ learnerName: audience.recipient.displayName, achievementName: payload.achievementName, credentialUrl: payload.credentialUrl, links }),
    });
  }
}

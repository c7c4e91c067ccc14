import { Injectable } from '@nestjs/common';
import { type BadgeAwardedPayload, JobName } from '@stacks/queue-contracts';
import { badgeNoticeKey, composeBadgeNotice, deferPastQuietHours, isQuietAt } from '@stacks/notifications';
import { OnJob, type Deferral, type JobContext } from '../jobs/on-job.decorator.js';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { NotificationDispatcher } from './notification-dispatcher.js';

/** Tells a learner their badge was issued and how to view and share it (notifications queue). */
@Injectable()
export class BadgeNotices {
  constructor(
    private readonly dispatcher: NotificationDispatcher,
    private readonly metrics: WorkerMetrics,
  ) {}

  @OnJob(JobName.BadgeAwarded)
  async send(payload: BadgeAwardedPayload, { finalAttempt }: Pick<JobContext, 'finalAttempt'>, now = new Date()): Promise<unknown> {
    const audience = await this.dispatcher.audience(payload.userId);
    if (!audience || audience.unsubscribed) {
      this.metrics.skipped.inc({ kind: 'badge-notice', reason: audience ? 'opted-out' : 'no-learner' });
      return { skipped: audience ? 'opted-out' : 'no-learner' };
    }
    if (isQuietAt(now, audience.timeZone, audience.quietHours)) {
      return { deferUntil: deferPastQuietHours(now, audience.timeZone, audience.quietHours) } satisfies Deferral;
    }
    return this.dispatcher.deliver(audience, {
      key: badgeNoticeKey(payload.credentialId),
      kind: 'badge-notice',
      dueAt: new Date(payload.awardedAt),
      finalAttempt,
      job: { name: JobName.BadgeAwarded, data: payload },
      compose: (links) =>
        composeBadgeNotice({ learnerName: audience.recipient.displayName, achievementName: payload.achievementName, credentialUrl: payload.credentialUrl, links }),
    });
  }
}

import { Injectable } from '@nestjs/common';
import { PrismaService } from '@stacks/db';
import { type BadgeAwardedPayload, type CredentialExpiringPayload, JobName } from '@stacks/queue-contracts';
import { badgeExpiryKey, badgeNoticeKey, composeBadgeExpiryNotice, composeBadgeNotice } from '@stacks/notifications';
import { OnJob, type JobContext } from '../jobs/on-job.decorator.js';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { NotificationDispatcher } from './notification-dispatcher.js';

/** Messages about a learner's own badges (notifications queue): issued, and expiring soon. */
@Injectable()
export class BadgeNotices {
  constructor(
    private readonly dispatcher: NotificationDispatcher,
    private readonly metrics: WorkerMetrics,
    private readonly prisma: PrismaService,
  ) {}

  /** Tells a learner their badge was issued and how to view and share it (BadgeAwarded, via LearningEventsHandler). */
  send(payload: BadgeAwardedPayload, { finalAttempt }: Pick<JobContext, 'finalAttempt'>, now = new Date()): Promise<unknown> {
    return this.dispatcher.deliverToLearner(payload.userId, 'badge-notice', now, (audience) => ({
      key: badgeNoticeKey(payload.credentialId),
      kind: 'badge-notice',
      dueAt: new Date(payload.awardedAt),
      finalAttempt,
      job: { name: JobName.BadgeAwarded, data: payload },
      compose: (links) =>
        composeBadgeNotice({ learnerName: audience.recipient.displayName, achievementName: payload.achievementName, credentialUrl: payload.credentialUrl, links }),
    }));
  }

  /** Tells a holder their badge expires in about 30 or 7 days, and how to renew it. */
  @OnJob(JobName.CredentialExpiring)
  async sendExpiry(payload: CredentialExpiringPayload, { finalAttempt }: Pick<JobContext, 'finalAttempt'>, now = new Date()): Promise<unknown> {
    const validUntil = new Date(payload.validUntil);
    // Read again at send time: a credential revoked (or re-dated) since the sweep gets no notice.
    const current = await this.prisma.badgeCredential.findUnique({ where: { id: payload.credentialId }, select: { revokedAt: true, validUntil: true } });
    const reason = !current || current.revokedAt ? 'revoked' : current.validUntil?.getTime() !== validUntil.getTime() ? 'dates-changed' : validUntil <= now ? 'expired' : null;
    if (reason) {
      this.metrics.skipped.inc({ kind: 'badge-expiry', reason });
      return { skipped: reason };
    }
    return this.dispatcher.deliverToLearner(payload.userId, 'badge-expiry', now, (audience) => ({
      key: badgeExpiryKey(payload.credentialId, payload.daysBefore),
      kind: 'badge-expiry',
      dueAt: new Date(validUntil.getTime() - payload.daysBefore * 86_400_000),
      finalAttempt,
      job: { name: JobName.CredentialExpiring, data: payload },
      compose: (links) =>
        composeBadgeExpiryNotice({
          learnerName: audience.recipient.displayName,
          achievementName: payload.achievementName,
          validUntil,
          timeZone: audience.timeZone,
          renewal: payload.renewal,
          credentialUrl: payload.credentialUrl,
          now,
          links,
        }),
    }));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { BadgeUrls, findExpiringCredentials } from '@stacks/badge-issuance';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { type CredentialExpiringPayload, IntegrationEventType, integrationEventPayload, JobName } from '@stacks/queue-contracts';
import { JobQueues } from '@stacks/queues';
import { expiryNoticeWindows } from '@stacks/notifications';
import { deliveryJobOptions } from '../jobs/job-options.js';
import { OnJob } from '../jobs/on-job.decorator.js';

const PAGE = 1000;

/**
 * Daily (BADGE_EXPIRY_SWEEP_CRON): queues one expiry notice per credential in force and per
 * threshold it has crossed. The job id and the ledger key are both (credential, threshold), so
 * a repeated sweep, or one that runs while a notice is deferred or retried, sends nothing twice.
 */
@Injectable()
export class CredentialExpirySweep {
  private readonly urls: BadgeUrls;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
  ) {
    this.urls = new BadgeUrls(config.PUBLIC_BASE_URL);
  }

  @OnJob(JobName.CredentialExpirySweep)
  sweepJob(): Promise<{ queued: number }> {
    return this.sweep();
  }

  async sweep(now = new Date()): Promise<{ queued: number }> {
    const options = deliveryJobOptions(this.config);
    let queued = 0;
    for (const window of expiryNoticeWindows(now)) {
      for (let offset = 0; ; offset += PAGE) {
        const { items } = await findExpiringCredentials(this.prisma, this.urls, { after: window.after, until: window.until, limit: PAGE, offset });
        const notices = items.map(
          (item): CredentialExpiringPayload => ({
            credentialId: item.credentialId,
            userId: item.holder.userId,
            daysBefore: window.daysBefore,
            validUntil: item.validUntil.toISOString(),
            achievementName: item.achievement.name,
            renewal: item.renewal,
            credentialUrl: item.credentialPage,
          }),
        );
        if (notices.length > 0) {
          await this.jobs.addBulk([
            ...notices.map((data) => ({ job: { name: JobName.CredentialExpiring, data }, options })),
            // The same crossing for other systems; its id (credential, threshold) makes a repeated sweep a no-op.
            ...notices.map((notice) => ({
              job: {
                name: JobName.IntegrationEvent,
                data: integrationEventPayload(IntegrationEventType.BadgeExpiring, `${notice.credentialId}:${notice.daysBefore}`, now, {
                  credentialId: notice.credentialId,
                  userId: notice.userId,
                  daysBefore: notice.daysBefore,
                  validUntil: notice.validUntil,
                  credentialUrl: notice.credentialUrl,
                }),
              },
            })),
          ]);
        }
        queued += notices.length;
        if (items.length < PAGE) break;
      }
    }
    return { queued };
  }
}

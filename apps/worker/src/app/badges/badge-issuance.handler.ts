import { Inject, Injectable, Logger } from '@nestjs/common';
import { BadgeIssuance } from '@stacks/badge-issuance';
import { type IssueBadgeCredentialPayload, JobName, type ReleaseHeldBadgesPayload, type SignStatusListPayload } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { OnJob } from '../jobs/on-job.decorator.js';

/**
 * Signs what the API never signs. Credentials the API asked for (manual awards, admin and holder
 * re-issues): the API records a BadgeIssuanceRequest and this job turns it into a signed
 * credential, once; a retried or duplicated job finds the request no longer PENDING and does
 * nothing, and the BadgeAwarded notice is the outbox row written with the credential. Badges held
 * until e-mail verification. And the revocation status lists, after each change and periodically.
 */
@Injectable()
export class BadgeIssuanceHandler {
  private readonly logger = new Logger(BadgeIssuanceHandler.name);

  constructor(
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
    private readonly outbox: OutboxPublisher,
  ) {}

  @OnJob(JobName.IssueBadgeCredential)
  async issue({ requestId }: IssueBadgeCredentialPayload): Promise<void> {
    const result = await this.issuance.issueRequested(requestId);
    if (result.outcome === 'failed') this.logger.warn({ requestId, reason: result.failure }, 'badge issuance request could not be honoured');
    if (result.outcome === 'missing') this.logger.warn({ requestId }, 'badge issuance request no longer exists (its award was deleted)');
    if (result.outcome !== 'issued') return;
    this.logger.log({ requestId, credentialId: result.credentialId }, 'badge credential issued');
    // Announce at once; if Redis hiccups the row stays pending for the outbox sweep.
    await this.outbox.publish(result.outboxIds);
  }

  /** Badges held until the learner verified their e-mail: signed here, never in the verification request. */
  @OnJob(JobName.ReleaseHeldBadges)
  async releaseHeld({ userId }: ReleaseHeldBadgesPayload): Promise<void> {
    const awards = await this.issuance.awardHeldFor(userId);
    const issued = awards.filter((award) => award.created).length;
    if (issued > 0) this.logger.log({ userId, issued }, 'held badge credentials issued');
    await this.outbox.publish(awards.flatMap((award) => award.outboxIds));
  }

  /**
   * Signs a list after a revocation (or when it opens); the API only serves what is signed here.
   * It signs the list's current bits, so a duplicate or late job is harmless.
   */
  @OnJob(JobName.SignStatusList)
  async signStatusList({ listId, revision }: SignStatusListPayload): Promise<void> {
    if (!(await this.issuance.signStatusList(listId))) this.logger.warn({ listId, revision }, 'status list no longer exists');
  }

  /** Keeps every list signed, current and well inside its validUntil, whatever jobs were lost. */
  @OnJob(JobName.RefreshStatusLists)
  async refreshStatusLists(): Promise<void> {
    const signed = await this.issuance.refreshStatusLists();
    if (signed > 0) this.logger.log({ statusLists: signed }, 'status lists signed');
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AwardResult, BadgeIssuance, PathwayCertificates } from '@stacks/badge-issuance';
import type { SeriesUnlockedPayload, SessionCompletedPayload } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';

/**
 * Awards achievements whose rule a learning event may have satisfied: a series unlock for
 * series badges, a session completion for program and cohort badges. Idempotent: BadgeIssuance awards
 * each (learner, achievement) once, so retried or duplicated events issue nothing more.
 */
@Injectable()
export class BadgeAwarder {
  private readonly logger = new Logger(BadgeAwarder.name);

  constructor(
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
    @Inject(PathwayCertificates) private readonly pathways: PathwayCertificates,
    private readonly outbox: OutboxPublisher,
  ) {}

  /**
   * Issues the certificate of every pathway the learner has now completed (a badge, a series or
   * a session may have been its last requirement). Exactly once: award() is.
   */
  async forPathways(userId: string): Promise<void> {
    await this.announce(await this.pathways.awardCompleted(userId));
  }

  async forSeriesUnlock(unlocked: Pick<SeriesUnlockedPayload, 'userId' | 'seriesId'>): Promise<void> {
    await this.announce(await this.issuance.awardForSeriesUnlock(unlocked.userId, unlocked.seriesId));
  }

  async forSessionCompletion(completed: Pick<SessionCompletedPayload, 'userId' | 'sessionId'>): Promise<void> {
    await this.announce(await this.issuance.awardForSessionCompletion(completed.userId, completed.sessionId));
  }

  /** A pathway was created or changed: learners who already meet it get its certificate. */
  async forPathwayChange(pathwayId: string): Promise<void> {
    await this.announce(await this.pathways.reconcilePathway(pathwayId));
  }

  /** A cohort's badge was linked or changed: members of its selected teams who already completed it get it. */
  async forCohortBadgeChange(cohortId: string): Promise<void> {
    await this.announce(await this.issuance.reconcileCohortBadge(cohortId));
  }

  /** Series badges whose unlock event was missed (see BadgeIssuance.reconcileSeriesAwards). */
  async reconcile(): Promise<number> {
    const results = await this.issuance.reconcileSeriesAwards();
    await this.announce(results);
    return results.filter((result) => result.created).length;
  }

  private async announce(results: AwardResult[]): Promise<void> {
    const issued = results.filter((result) => result.created);
    if (issued.length === 0) return;
    this.logger.log({ credentials: issued.map((result) => result.credentialId) }, 'badges awarded');
    // Announce at once; if Redis hiccups the rows stay pending for the outbox sweep.
    await this.outbox.publish(issued.flatMap((result) => result.outboxIds));
  }
}

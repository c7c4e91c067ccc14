import { Injectable } from '@nestjs/common';
import { type BadgeAwardedPayload, type CohortBadgeChangedPayload, JobName, type PathwayChangedPayload, type SeriesUnlockedPayload, type SessionCompletedPayload } from '@stacks/queue-contracts';
import { BadgeAwarder } from '../badges/badge-awarder.js';
import { type JobContext, OnJob } from '../jobs/on-job.decorator.js';
import { BadgeNotices } from '../notifications/badge-notices.js';
import { ReminderPlanner } from '../reminders/reminder-planner.js';

/**
 * The facts the API and the badge feature publish (completions, unlocks, badges issued), each passed to every feature that reacts
 * to it. BullMQ hands a job to one consumer and the job table gives it one handler, so the
 * fan-out is written here, in the open. Every step is idempotent: a job is retried as a whole.
 */
@Injectable()
export class LearningEventsHandler {
  constructor(
    private readonly planner: ReminderPlanner,
    private readonly badges: BadgeAwarder,
    private readonly notices: BadgeNotices,
  ) {}

  @OnJob(JobName.SessionCompleted)
  async sessionCompleted(completed: SessionCompletedPayload): Promise<void> {
    // A learner who completed a session (e.g. watched the recording early) gets no more
    // reminders for it: re-planning reads the completion from PostgreSQL and removes the jobs.
    await this.planner.plan({ sessionId: completed.sessionId, userId: completed.userId });
    await this.badges.forSessionCompletion(completed);
    await this.badges.forPathways(completed.userId);
  }

  @OnJob(JobName.SeriesUnlocked)
  async seriesUnlocked(unlocked: SeriesUnlockedPayload): Promise<void> {
    await this.badges.forSeriesUnlock(unlocked);
    await this.badges.forPathways(unlocked.userId);
  }

  @OnJob(JobName.PathwayChanged)
  async pathwayChanged(changed: PathwayChangedPayload): Promise<void> {
    await this.badges.forPathwayChange(changed.pathwayId);
  }

  @OnJob(JobName.CohortBadgeChanged)
  async cohortBadgeChanged(changed: CohortBadgeChangedPayload): Promise<void> {
    await this.badges.forCohortBadgeChange(changed.cohortId);
  }

  /**
   * A badge was issued (by a rule or by an admin): pathways it completes issue their certificate
   * (whose own BadgeAwarded event comes back here, for pathways that stack certificates), then
   * the holder is told.
   */
  @OnJob(JobName.BadgeAwarded)
  async badgeAwarded(awarded: BadgeAwardedPayload, context: JobContext): Promise<unknown> {
    await this.badges.forPathways(awarded.userId);
    return this.notices.send(awarded, context);
  }
}

import { Injectable } from '@nestjs/common';
import { JobName, type SeriesUnlockedPayload, type SessionCompletedPayload } from '@stacks/queue-contracts';
import { BadgeAwarder } from '../badges/badge-awarder.js';
import { OnJob } from '../jobs/on-job.decorator.js';
import { ReminderPlanner } from '../reminders/reminder-planner.js';

/**
 * The facts the API publishes (completions, unlocks), each passed to every feature that reacts
 * to it. BullMQ hands a job to one consumer and the job table gives it one handler, so the
 * fan-out is written here, in the open. Every step is idempotent: a job is retried as a whole.
 */
@Injectable()
export class LearningEventsHandler {
  constructor(
    private readonly planner: ReminderPlanner,
    private readonly badges: BadgeAwarder,
  ) {}

  @OnJob(JobName.SessionCompleted)
  async sessionCompleted(completed: SessionCompletedPayload): Promise<void> {
    // A learner who completed a session (e.g. watched the recording early) gets no more
    // reminders for it: re-planning reads the completion from PostgreSQL and removes the jobs.
    await this.planner.plan({ sessionId: completed.sessionId, userId: completed.userId });
    await this.badges.forSessionCompletion(completed);
  }

  @OnJob(JobName.SeriesUnlocked)
  async seriesUnlocked(unlocked: SeriesUnlockedPayload): Promise<void> {
    await this.badges.forSeriesUnlock(unlocked);
  }
}

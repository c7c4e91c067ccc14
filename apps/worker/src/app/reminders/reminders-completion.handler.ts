import { Injectable } from '@nestjs/common';
import { LearningEventJob, type LearningEventPayloads, type SessionCompletedPayload } from '@stacks/queue-contracts';
import type { LearningEventHandler } from '../learning-events/learning-event-handler.js';
import { ReminderPlanner } from './reminder-planner.js';

/** A learner who completed a session (e.g. watched the recording early) gets no more reminders for it. */
@Injectable()
export class RemindersCompletionHandler implements LearningEventHandler {
  constructor(private readonly planner: ReminderPlanner) {}

  async handle<Name extends LearningEventJob>(name: Name, payload: LearningEventPayloads[Name]): Promise<void> {
    if (name !== LearningEventJob.SessionCompleted) return;
    const completed = payload as SessionCompletedPayload;
    // Re-planning reads the completion from PostgreSQL and removes the pending jobs; idempotent.
    await this.planner.plan({ sessionId: completed.sessionId, userId: completed.userId });
  }
}

import type { LearningEventJob, LearningEventPayloads } from '@stacks/queue-contracts';

/** Injection token for every feature's handler of learning events (badges, reminders…). */
export const LEARNING_EVENT_HANDLERS = Symbol('LEARNING_EVENT_HANDLERS');

/**
 * BullMQ hands each job to one consumer, so the learning-events queue has a single processor
 * that fans a job out to every feature's handler. Handlers must be idempotent: a job is retried
 * as a whole when any handler throws.
 */
export interface LearningEventHandler {
  handle<Name extends LearningEventJob>(name: Name, payload: LearningEventPayloads[Name]): Promise<void>;
}

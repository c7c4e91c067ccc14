import type { AppConfig } from '@stacks/config';
import { QueueName } from '@stacks/queue-contracts';
import type { JobsOptions, WorkerOptions } from 'bullmq';

/** Retry policy of delivery jobs: exponential backoff, then the ledger marks the delivery dead. */
export function deliveryJobOptions(config: AppConfig): JobsOptions {
  return {
    attempts: config.NOTIFICATION_MAX_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.NOTIFICATION_BACKOFF_MS },
    removeOnComplete: true,
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** How a queue's worker runs, beyond connection and prefix. */
export function workerSettings(queue: QueueName, config: AppConfig): Partial<WorkerOptions> {
  if (queue !== QueueName.Reminders && queue !== QueueName.Notifications) return { concurrency: 1 };
  // Deliveries: the lock is the delivery lease (NotificationDispatcher claims for as long).
  const lockMs = config.NOTIFICATION_LOCK_SECONDS * 1000;
  return {
    concurrency: config.NOTIFICATION_CONCURRENCY,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // A job whose worker was killed is "stalled" and handed to another worker; allow several.
    maxStalledCount: 5,
  };
}

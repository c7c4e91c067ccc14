import type { AppConfig } from '@stacks/config';
import { QueueName } from '@stacks/queue-contracts';
import type { JobsOptions, WorkerOptions } from 'bullmq';

/** Retry with exponential backoff from `delayMs`; failed jobs are kept a week for inspection. */
function retrying(attempts: number, delayMs: number): JobsOptions {
  return { attempts, backoff: { type: 'exponential', delay: delayMs }, removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 } };
}

/** Retry policy of delivery jobs: exponential backoff, then the ledger marks the delivery dead. */
export function deliveryJobOptions(config: AppConfig): JobsOptions {
  return retrying(config.NOTIFICATION_MAX_ATTEMPTS, config.NOTIFICATION_BACKOFF_MS);
}

/** Retry policy of webhook deliveries and xAPI sends: exponential backoff, then the dead-letter list. */
export function integrationJobOptions(config: AppConfig): JobsOptions {
  return retrying(config.WEBHOOK_MAX_ATTEMPTS, config.WEBHOOK_BACKOFF_MS);
}

/** How a queue's worker runs, beyond connection and prefix. */
export function workerSettings(queue: QueueName, config: AppConfig): Partial<WorkerOptions> {
  // Webhooks and xAPI: I/O-bound HTTP calls, each bounded by WEBHOOK_TIMEOUT_MS (the lock outlasts it).
  if (queue === QueueName.Integrations) return { concurrency: config.WEBHOOK_CONCURRENCY, lockDuration: Math.max(30_000, 3 * config.WEBHOOK_TIMEOUT_MS) };
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

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { isJobName, jobsOf, QueueName, queueOf } from '@stacks/queue-contracts';
import { bullmqConnection, closeRedisConnection } from '@stacks/queues';
import { DelayedError, type Job, Worker } from 'bullmq';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { workerSettings } from './job-options.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import type { Deferral } from './on-job.decorator.js';

/** True when a failure of this attempt will not be retried by BullMQ. */
export function isFinalAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

function isDeferral(outcome: unknown): outcome is Deferral {
  return typeof outcome === 'object' && outcome !== null && 'deferUntil' in outcome && outcome.deferUntil instanceof Date;
}

/**
 * The one worker base (novu's WorkerBaseService): one BullMQ worker per declared queue, each
 * job handed to its `@OnJob` handler. Written here once: start, graceful shutdown (stop taking
 * jobs, finish the running ones), deferral (move to delayed, throw DelayedError), metrics,
 * and the log line when a job's retries are spent and it stays in the failed set (dead letters).
 * Retry and backoff are job options (defaultJobOptions, deliveryJobOptions).
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: { worker: Worker; close: () => void }[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly handlers: JobHandlerRegistry,
    private readonly metrics: WorkerMetrics,
  ) {}

  onApplicationBootstrap(): void {
    for (const queue of Object.values(QueueName)) {
      if (jobsOf(queue).length === 0) continue;
      // Workers block on Redis; ioredis must retry forever so a Redis restart is survived.
      const connection = bullmqConnection(this.config, { maxRetriesPerRequest: null });
      const worker = new Worker(queue, (job, token) => this.run(queue, job, token), {
        connection,
        prefix: this.config.QUEUE_PREFIX,
        ...workerSettings(queue, this.config),
      });
      worker.on('error', (error) => this.logger.warn({ err: error, queue }, 'worker error (reconnecting)'));
      worker.on('failed', (job, error) => {
        if (!job || error instanceof DelayedError) return;
        // attemptsMade already counts the attempt that just failed.
        const dead = job.attemptsMade >= (job.opts.attempts ?? 1);
        this.metrics.jobs.inc({ queue, job: job.name, outcome: dead ? 'dead' : 'failed' });
        if (dead) this.logger.warn({ queue, job: job.name, jobId: job.id, attempts: job.attemptsMade, reason: error.message }, 'job failed for good; kept in the failed set');
      });
      this.workers.push({ worker, close: () => closeRedisConnection(connection) });
    }
  }

  async onModuleDestroy(): Promise<void> {
    // Stops taking jobs and waits for the running ones: graceful shutdown.
    await Promise.all(this.workers.map(({ worker }) => worker.close()));
    for (const { close } of this.workers.splice(0)) close();
  }

  private async run(queue: QueueName, job: Job, token: string | undefined): Promise<unknown> {
    if (!isJobName(job.name) || queueOf(job.name) !== queue) throw new Error(`job ${job.name} is not declared on queue ${queue}`);
    const stopTimer = this.metrics.jobDuration.startTimer({ queue, job: job.name });
    const outcome = await this.handlers.handlerFor(job.name)(job.data, { attempt: job.attemptsMade + 1, finalAttempt: isFinalAttempt(job) }).finally(stopTimer);
    if (isDeferral(outcome) && token) {
      this.metrics.jobs.inc({ queue, job: job.name, outcome: 'deferred' });
      await job.moveToDelayed(outcome.deferUntil.getTime(), token);
      throw new DelayedError();
    }
    this.metrics.jobs.inc({ queue, job: job.name, outcome: 'completed' });
    return outcome;
  }
}

import { type JobItem, jobIdFor, type JobName, type QueueName, queueOf } from '@stacks/queue-contracts';
import type { JobSchedulerTemplateOptions, JobsOptions, Queue, RepeatOptions } from 'bullmq';

/** One job to add, with options beyond its table defaults (delay, attempts, an id override). */
export interface JobToAdd {
  job: JobItem;
  options?: JobsOptions;
}

/**
 * The one producer (immich's JobRepository.queue): every job is added here, typed by the job
 * table, on the queue the table names, with the id its rule gives unless `options.jobId`
 * overrides it. The outbox relay publishes through it too, so routing lives only here.
 */
export class JobQueues {
  constructor(private readonly queues: ReadonlyMap<QueueName, Queue>) {}

  /** The BullMQ queue itself, for what is not adding a job (schedulers, lookups, removal). */
  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`queue ${name} is not registered`);
    return queue;
  }

  queueOfJob(name: JobName): Queue {
    return this.queue(queueOf(name));
  }

  async add(job: JobItem, options: JobsOptions = {}): Promise<void> {
    await this.queueOfJob(job.name).add(job.name, job.data, { jobId: jobIdFor(job), ...options });
  }

  /**
   * Upserts the job scheduler of a periodic job, keyed by the job's id rule: every replica
   * upserts the same single schedule.
   */
  async schedule(job: JobItem, repeat: Omit<RepeatOptions, 'key'>, options: JobSchedulerTemplateOptions = {}): Promise<void> {
    await this.queueOfJob(job.name).upsertJobScheduler(jobIdFor(job), repeat, { name: job.name, data: job.data, opts: options });
  }

  /** One `addBulk` (one pipelined round trip) per queue. */
  async addBulk(jobs: readonly JobToAdd[]): Promise<void> {
    const byQueue = new Map<QueueName, Parameters<Queue['addBulk']>[0]>();
    for (const { job, options } of jobs) {
      const queue = queueOf(job.name);
      const batch = byQueue.get(queue) ?? [];
      batch.push({ name: job.name, data: job.data, opts: { jobId: jobIdFor(job), ...options } });
      byQueue.set(queue, batch);
    }
    await Promise.all([...byQueue].map(([queue, batch]) => this.queue(queue).addBulk(batch)));
  }
}

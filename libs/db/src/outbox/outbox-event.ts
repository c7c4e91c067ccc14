import { type JobItem, jobIdFor, queueOf } from '@stacks/queue-contracts';
import type { Prisma } from '../generated/prisma/client.js';

export interface OutboxEventOptions {
  /**
   * Overrides the job's id rule: for a job queued again on purpose (an admin's replay of a
   * dead delivery), which must not be deduplicated against the first run.
   */
  jobId?: string;
}

/**
 * Writes a job to the transactional outbox, in the caller's transaction, so the change and
 * its job commit together and the request never waits on Redis; the outbox relay publishes it.
 * The job id is the idempotency key: a second write for the same fact returns the first row.
 */
export async function enqueueOutboxEvent(tx: Prisma.TransactionClient, job: JobItem, options: OutboxEventOptions = {}): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt")
    VALUES (gen_random_uuid(), ${queueOf(job.name)}, ${job.name}, ${options.jobId ?? jobIdFor(job)}, ${JSON.stringify(job.data)}::jsonb, now())
    ON CONFLICT ("jobId") DO UPDATE SET "jobId" = EXCLUDED."jobId"
    RETURNING id`;
  return row.id;
}

import { type JobItem, jobIdFor, queueOf } from '@stacks/queue-contracts';
import { Prisma } from '../generated/prisma/client.js';
import { type SqlRunner, transactionRunner } from '../prisma.service.js';

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

/**
 * `enqueueOutboxEvent` for many jobs in one statement (a bulk import's completions, the two jobs
 * of one completion): the same rows, the same job-id deduplication, ids returned in the order
 * given. Runs in a Prisma transaction or on the runner of `PrismaService.sqlTransaction`.
 */
export async function enqueueOutboxEvents(tx: Prisma.TransactionClient | SqlRunner, jobs: JobItem[]): Promise<string[]> {
  if (jobs.length === 0) return [];
  const run = typeof tx === 'function' ? tx : transactionRunner(tx);
  const rows = await run<{ id: string }>(Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(${jobs.map((job) => queueOf(job.name))}::text[], ${jobs.map((job) => job.name)}::text[],
                           ${jobs.map((job) => jobIdFor(job))}::text[], ${jobs.map((job) => JSON.stringify(job.data))}::jsonb[])
             WITH ORDINALITY AS t(queue, "jobName", "jobId", payload, ord)
    ),
    written AS (
      INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt")
      SELECT gen_random_uuid(), queue, "jobName", "jobId", payload, now() FROM input ORDER BY ord
      ON CONFLICT ("jobId") DO UPDATE SET "jobId" = EXCLUDED."jobId"
      RETURNING id, "jobId"
    )
    SELECT written.id FROM written JOIN input ON input."jobId" = written."jobId" ORDER BY input.ord`);
  return rows.map((row) => row.id);
}

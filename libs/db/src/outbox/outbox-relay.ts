import { type JobItem, storedJobItem } from '@stacks/queue-contracts';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { SqlRunner } from '../prisma.service.js';

/** Adds one job to its queue; must be idempotent for a given jobId (BullMQ is). */
export type JobPublisher = (job: JobItem, jobId: string) => Promise<void>;

export interface RelayResult {
  published: number;
  failed: number;
}

/**
 * Transactional outbox relay. Events are written (by `enqueueOutboxEvent`) in the same
 * transaction as the change they describe; this publishes the unpublished ones.
 * `FOR UPDATE SKIP LOCKED` lets any number of API replicas and workers relay at once without
 * publishing a row twice concurrently, and a deterministic jobId makes a repeat after a crash
 * harmless. A row naming no declared job stays pending (and is counted as failed).
 */
export class OutboxRelay {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly publish: JobPublisher,
  ) {}

  /** The sweep: the oldest unpublished rows, up to `batchSize` (given ids go through `relayIds`). */
  async relayPending(batchSize = 100): Promise<RelayResult> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
        SELECT id, "jobName", "jobId", payload FROM "OutboxEvent"
        WHERE "publishedAt" IS NULL ORDER BY "createdAt" LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      const { published, failedIds } = await this.publishRows(rows);
      if (published.length > 0) {
        await tx.$executeRaw`UPDATE "OutboxEvent" SET "publishedAt" = now() WHERE id = ANY(${published}::uuid[])`;
      }
      return { published: published.length, failed: failedIds.length };
    }, { timeout: 30_000 });
  }

  /**
   * Publishes the named rows right after the transaction that wrote them, inside the caller's
   * transaction (`PrismaService.sqlTransaction`): one statement locks the unpublished ones
   * (skipping rows a concurrent sweep holds) and marks them published, then the jobs go out, and
   * a row whose publish failed is unmarked before the commit. The same guarantees as
   * `relayPending` in one statement fewer, without Prisma's transaction machinery; the learner's
   * completion path runs it on every completing event.
   */
  async relayIds(run: SqlRunner, ids: string[]): Promise<RelayResult> {
    if (ids.length === 0) return { published: 0, failed: 0 };
    const rows = await run<OutboxRow>(Prisma.sql`
      UPDATE "OutboxEvent" o SET "publishedAt" = now()
      FROM (SELECT id FROM "OutboxEvent" WHERE id = ANY(${ids}::uuid[]) AND "publishedAt" IS NULL FOR UPDATE SKIP LOCKED) claimed
      WHERE o.id = claimed.id
      RETURNING o.id, o."jobName", o."jobId", o.payload`);
    const { published, failedIds } = await this.publishRows(rows);
    if (failedIds.length > 0) await run(Prisma.sql`UPDATE "OutboxEvent" SET "publishedAt" = NULL WHERE id = ANY(${failedIds}::uuid[])`);
    return { published: published.length, failed: failedIds.length };
  }

  private async publishRows(rows: OutboxRow[]): Promise<{ published: string[]; failedIds: string[] }> {
    const published: string[] = [];
    const failedIds: string[] = [];
    for (const row of rows) {
      try {
        const job = storedJobItem(row.jobName, row.payload);
        if (!job) throw new Error(`outbox row ${row.id} names no declared job (${row.jobName})`);
        await this.publish(job, row.jobId);
        published.push(row.id);
      } catch {
        failedIds.push(row.id); // stays unpublished; the next sweep retries it
      }
    }
    return { published, failedIds };
  }
}

interface OutboxRow {
  id: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

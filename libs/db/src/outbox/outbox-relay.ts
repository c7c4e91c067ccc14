import { type JobItem, storedJobItem } from '@stacks/queue-contracts';
import type { PrismaClient } from '../generated/prisma/client.js';

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

  async relayPending(batchSize = 100, onlyIds?: string[]): Promise<RelayResult> {
    return this.prisma.$transaction(async (tx) => {
      const rows = onlyIds
        ? await tx.$queryRaw<OutboxRow[]>`
            SELECT id, "jobName", "jobId", payload FROM "OutboxEvent"
            WHERE "publishedAt" IS NULL AND id = ANY(${onlyIds}::uuid[])
            FOR UPDATE SKIP LOCKED`
        : await tx.$queryRaw<OutboxRow[]>`
            SELECT id, "jobName", "jobId", payload FROM "OutboxEvent"
            WHERE "publishedAt" IS NULL ORDER BY "createdAt" LIMIT ${batchSize}
            FOR UPDATE SKIP LOCKED`;
      const published: string[] = [];
      let failed = 0;
      for (const row of rows) {
        try {
          const job = storedJobItem(row.jobName, row.payload);
          if (!job) throw new Error(`outbox row ${row.id} names no declared job (${row.jobName})`);
          await this.publish(job, row.jobId);
          published.push(row.id);
        } catch {
          failed += 1; // stays unpublished; the next sweep retries it
        }
      }
      if (published.length > 0) {
        await tx.$executeRaw`UPDATE "OutboxEvent" SET "publishedAt" = now() WHERE id = ANY(${published}::uuid[])`;
      }
      return { published: published.length, failed };
    }, { timeout: 30_000 });
  }
}

interface OutboxRow {
  id: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

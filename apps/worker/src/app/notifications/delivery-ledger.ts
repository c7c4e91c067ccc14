import { NotificationChannel, Prisma, type SqlRunner } from '@stacks/db';
import type { DeliveryChannel } from '@stacks/notifications';
import { batchLoader } from './batch-loader.js';

export const channelColumn: Record<DeliveryChannel, NotificationChannel> = {
  email: NotificationChannel.EMAIL,
  discord: NotificationChannel.DISCORD,
  console: NotificationChannel.CONSOLE,
};

export interface DeliveryIdentity {
  key: string;
  channel: DeliveryChannel;
  kind: string;
  userId: string;
  dueAt: Date;
  /** The job to re-add when an admin replays the delivery. */
  job: { queue: string; name: string; data: unknown };
}

export type ClaimResult =
  | { outcome: 'claimed'; id: string; attempts: number }
  /** Sent, dead or skipped already: nothing to do. */
  | { outcome: 'settled'; status: string }
  /** Another worker holds a live lease on it right now. */
  | { outcome: 'busy' };

/**
 * The exactly-once ledger. A delivery row is created once per (key, channel); a worker may
 * send only after moving it to SENDING with a lease (a single conditional UPDATE, so of two
 * racing workers exactly one wins). A worker killed mid-send leaves a SENDING row whose lease
 * runs out; the retried job then takes it over. Nothing is ever lost: the row stays until
 * SENT or DEAD.
 */
export class DeliveryLedger {
  /** `sql`: PrismaService.sql, prepared statements on the driver pool (every delivery runs these). */
  constructor(
    private readonly sql: SqlRunner,
    private readonly leaseMs: number,
    private readonly maxAttempts: number,
  ) {}

  private readonly claims = batchLoader<DeliveryIdentity, ClaimResult>((batch) => this.claimBatch(batch));
  private readonly sends = batchLoader<string, void>(async (ids) => {
    await this.sql(Prisma.sql`
      UPDATE "NotificationDelivery" SET status = 'SENT', "sentAt" = now(), "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = now()
      WHERE id = ANY(${ids}::uuid[]) AND status = 'SENDING'`);
    return ids.map(() => undefined);
  });

  claim(delivery: DeliveryIdentity): Promise<ClaimResult> {
    return this.claims.load(delivery);
  }

  markSent(id: string): Promise<void> {
    return this.sends.load(id);
  }

  /**
   * One statement creates each row already claimed, or claims an existing one that is pending,
   * failed, or held by a worker whose lease ran out. Row locks make concurrent claims (other
   * processes) serial; within a batch, a repeated (key, channel) is answered "busy".
   */
  private async claimBatch(batch: readonly DeliveryIdentity[]): Promise<ClaimResult[]> {
    const identity = (delivery: DeliveryIdentity) => `${delivery.key}|${channelColumn[delivery.channel]}`;
    const unique = [...new Map(batch.map((delivery) => [identity(delivery), delivery])).values()];
    const claimed = await this.sql<{ key: string; channel: string; id: string; attempts: number }>(Prisma.sql`
      INSERT INTO "NotificationDelivery" AS d (id, key, channel, kind, "userId", status, attempts, "leaseUntil", job, "dueAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), t.key, t.channel::"NotificationChannel", t.kind, t.user_id, 'SENDING', 1,
             now() + ${this.leaseMs} * interval '1 millisecond', t.job::jsonb, t.due_at, now(), now()
      FROM unnest(${unique.map((d) => d.key)}::text[], ${unique.map((d) => channelColumn[d.channel])}::text[], ${unique.map((d) => d.kind)}::text[],
                  ${unique.map((d) => d.userId)}::uuid[], ${unique.map((d) => JSON.stringify(d.job))}::text[], ${unique.map((d) => d.dueAt.toISOString())}::timestamptz[])
           AS t(key, channel, kind, user_id, job, due_at)
      ON CONFLICT (key, channel) DO UPDATE
        SET status = 'SENDING', attempts = d.attempts + 1, "leaseUntil" = EXCLUDED."leaseUntil", "updatedAt" = now()
        WHERE d.status IN ('PENDING', 'FAILED') OR (d.status = 'SENDING' AND d."leaseUntil" < now())
      RETURNING d.key, d.channel::text AS channel, d.id, d.attempts`);
    const won = new Map(claimed.map((row) => [`${row.key}|${row.channel}`, row]));
    const lost = unique.filter((delivery) => !won.has(identity(delivery)));
    const statuses = new Map<string, string>();
    if (lost.length > 0) {
      const rows = await this.sql<{ key: string; channel: string; status: string }>(Prisma.sql`
        SELECT key, channel::text AS channel, status::text AS status FROM "NotificationDelivery"
        WHERE (key, channel::text) IN (SELECT * FROM unnest(${lost.map((d) => d.key)}::text[], ${lost.map((d) => channelColumn[d.channel])}::text[]))`);
      for (const row of rows) statuses.set(`${row.key}|${row.channel}`, row.status);
    }
    const answered = new Set<string>();
    return batch.map((delivery): ClaimResult => {
      const id = identity(delivery);
      const row = won.get(id);
      if (row && !answered.has(id)) {
        answered.add(id);
        return { outcome: 'claimed', id: row.id, attempts: row.attempts };
      }
      if (row) return { outcome: 'busy' }; // the same delivery twice in one batch: the first one has it
      const status = statuses.get(id) ?? 'UNKNOWN';
      return status === 'SENDING' ? { outcome: 'busy' } : { outcome: 'settled', status };
    });
  }

  /** Returns the new status: FAILED (will be retried) or DEAD (attempts used up). */
  async markFailed(id: string, error: string, finalAttempt: boolean): Promise<'FAILED' | 'DEAD'> {
    const [row] = await this.sql<{ status: 'FAILED' | 'DEAD' }>(Prisma.sql`
      UPDATE "NotificationDelivery"
      SET status = CASE WHEN ${finalAttempt} OR attempts >= ${this.maxAttempts} THEN 'DEAD'::"NotificationDeliveryStatus" ELSE 'FAILED'::"NotificationDeliveryStatus" END,
          "lastError" = ${error}, "leaseUntil" = NULL, "updatedAt" = now()
      WHERE id = ${id}::uuid AND status = 'SENDING'
      RETURNING status::text AS status`);
    return row?.status ?? 'FAILED';
  }
}

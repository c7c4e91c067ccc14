// The raw baseline of reminder delivery: what a bare BullMQ worker plus `pg` needs for the same
// durable work per reminder — the ledger claim (one INSERT … ON CONFLICT taking a lease) and the
// mark-sent UPDATE, as prepared statements, no framework, no batching, no state checks.
import pg from 'pg';
import { drain, type DrainOptions } from './drain.js';

const CLAIM = `
  INSERT INTO "NotificationDelivery" AS d (id, key, channel, kind, "userId", status, attempts, "leaseUntil", job, "dueAt", "createdAt", "updatedAt")
  VALUES (gen_random_uuid(), $1, 'CONSOLE', 'session-reminder', $2, 'SENDING', 1, now() + $3 * interval '1 millisecond', $4::jsonb, $5, now(), now())
  ON CONFLICT (key, channel) DO UPDATE
    SET status = 'SENDING', attempts = d.attempts + 1, "leaseUntil" = EXCLUDED."leaseUntil", "updatedAt" = now()
    WHERE d.status IN ('PENDING', 'FAILED') OR (d.status = 'SENDING' AND d."leaseUntil" < now())
  RETURNING d.id`;
const MARK_SENT = `
  UPDATE "NotificationDelivery" SET status = 'SENT', "sentAt" = now(), "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = now()
  WHERE id = $1 AND status = 'SENDING'`;

export interface RawDeliveryPayload {
  sessionId: string;
  userId: string;
  offsetMinutes: number;
  dueAt: string;
}

/** Drains `count` jobs of `queueName`, claiming and marking each sent; resolves to jobs per second. */
export async function drainRawDelivery(
  queueName: string,
  count: number,
  options: DrainOptions,
  database: { databaseUrl: string; poolSize: number; leaseMs: number },
): Promise<number> {
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: database.poolSize });
  try {
    return await drain<RawDeliveryPayload>(queueName, count, options, async ({ sessionId, userId, offsetMinutes, dueAt }, job) => {
      const key = `raw-reminder.${sessionId}.${userId}.${offsetMinutes}`;
      const claimed = await pool.query<{ id: string }>({
        name: 'raw-claim',
        text: CLAIM,
        values: [key, userId, database.leaseMs, JSON.stringify({ queue: queueName, name: job.name, data: job.data }), dueAt],
      });
      if (claimed.rows[0]) await pool.query({ name: 'raw-mark-sent', text: MARK_SENT, values: [claimed.rows[0].id] });
    });
  } finally {
    await pool.end();
  }
}

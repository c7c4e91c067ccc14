// Baseline for the completion-write benchmark: the same work as POST /api/v1/me/completion-events
// (token check, session lookup, per-learner lock, event upsert keeping the highest view, completion,
// outbox row, series check, publish to BullMQ) written directly on Fastify + pg, with no framework,
// no ORM and no validation library. The ratio against it is the cost of our stack.
import { Queue } from 'bullmq';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const port = Number(process.env.API_PORT);
const secret = process.env.JWT_ACCESS_SECRET as string;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const queue = new Queue('learning-events', { connection: { host: '127.0.0.1', port: 6379 }, prefix: process.env.QUEUE_PREFIX });
const THRESHOLD = 80;

const app = Fastify();
app.get('/health', async () => ({ status: 'ok' }));

app.post('/api/v1/me/completion-events', async (request, reply) => {
  const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
  let claims: { sub: string; sid: string };
  try {
    claims = jwt.verify(token, secret, { algorithms: ['HS256'] }) as { sub: string; sid: string };
  } catch {
    return reply.code(401).send({ status: 401 });
  }
  const body = request.body as { session: string; source: string; viewedPercent: number };
  if (typeof body?.session !== 'string' || body.source !== 'RECORDING_VIEWED' || !Number.isInteger(body.viewedPercent)) {
    return reply.code(400).send({ status: 400 });
  }
  const live = await pool.query('SELECT id FROM "RefreshToken" WHERE "familyId" = $1 AND "revokedAt" IS NULL LIMIT 1', [claims.sid]);
  if (live.rowCount === 0) return reply.code(401).send({ status: 401 });
  const sessions = await pool.query('SELECT * FROM "Session" WHERE slug = $1 LIMIT 1', [body.session]);
  const session = sessions.rows[0];
  if (!session) return reply.code(404).send({ status: 404 });

  const client = await pool.connect();
  const outboxIds: string[] = [];
  let result: object;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1984))', [claims.sub]);
    const existing = (
      await client.query('SELECT * FROM "CompletionEvent" WHERE "userId" = $1 AND "sessionId" = $2 AND source = $3', [claims.sub, session.id, body.source])
    ).rows[0];
    const viewed = Math.max(existing?.viewedPercent ?? 0, body.viewedPercent);
    let event;
    if (!existing) {
      event = (
        await client.query(
          `INSERT INTO "CompletionEvent" (id, "userId", "sessionId", source, "viewedPercent", "occurredAt", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, $4, now(), now()) RETURNING *`,
          [claims.sub, session.id, body.source, viewed],
        )
      ).rows[0];
    } else if (viewed !== existing.viewedPercent) {
      event = (await client.query('UPDATE "CompletionEvent" SET "viewedPercent" = $2, "updatedAt" = now() WHERE id = $1 RETURNING *', [existing.id, viewed])).rows[0];
    } else {
      event = existing;
    }
    const completed = (await client.query('SELECT id FROM "SessionCompletion" WHERE "userId" = $1 AND "sessionId" = $2', [claims.sub, session.id])).rows[0];
    const counts = viewed >= THRESHOLD;
    if (counts && !completed) {
      await client.query(
        `INSERT INTO "SessionCompletion" (id, "userId", "sessionId", source, "completedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4)`,
        [claims.sub, session.id, body.source, event.occurredAt],
      );
      const jobId = `session-completed.${claims.sub}.${session.id}`;
      const outbox = await client.query(
        `INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload) VALUES (gen_random_uuid(), 'learning-events', 'session-completed', $1, $2)
         ON CONFLICT ("jobId") DO UPDATE SET "jobId" = EXCLUDED."jobId" RETURNING id`,
        [jobId, JSON.stringify({ userId: claims.sub, sessionId: session.id, seriesId: session.seriesId })],
      );
      outboxIds.push(outbox.rows[0].id);
      if (session.seriesId) {
        const seriesSessions = await client.query('SELECT id FROM "Session" WHERE "seriesId" = $1 AND status = \'SCHEDULED\'', [session.seriesId]);
        const done = await client.query('SELECT "sessionId" FROM "SessionCompletion" WHERE "userId" = $1 AND "sessionId" = ANY($2::uuid[])', [
          claims.sub,
          seriesSessions.rows.map((row) => row.id),
        ]);
        if (done.rowCount === seriesSessions.rowCount) {
          const unlock = await client.query(
            `INSERT INTO "SeriesUnlock" (id, "userId", "seriesId") VALUES (gen_random_uuid(), $1, $2) ON CONFLICT DO NOTHING RETURNING id`,
            [claims.sub, session.seriesId],
          );
          if (unlock.rowCount) {
            const unlocked = await client.query(
              `INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload) VALUES (gen_random_uuid(), 'learning-events', 'series-unlocked', $1, $2) RETURNING id`,
              [`series-unlocked.${claims.sub}.${session.seriesId}`, JSON.stringify({ userId: claims.sub, seriesId: session.seriesId })],
            );
            outboxIds.push(unlocked.rows[0].id);
          }
        }
      }
    }
    await client.query('COMMIT');
    result = { eventId: event.id, viewedPercent: event.viewedPercent, sessionCompleted: counts || Boolean(completed) };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  if (outboxIds.length > 0) {
    const publisher = await pool.connect();
    try {
      await publisher.query('BEGIN');
      const rows = await publisher.query('SELECT * FROM "OutboxEvent" WHERE id = ANY($1::uuid[]) AND "publishedAt" IS NULL FOR UPDATE SKIP LOCKED', [outboxIds]);
      for (const row of rows.rows) await queue.add(row.jobName, row.payload, { jobId: row.jobId });
      await publisher.query('UPDATE "OutboxEvent" SET "publishedAt" = now() WHERE id = ANY($1::uuid[])', [rows.rows.map((row) => row.id)]);
      await publisher.query('COMMIT');
    } finally {
      publisher.release();
    }
  }
  return reply.code(201).send(result);
});

await app.listen({ port, host: '127.0.0.1' });

// Baseline for the API benchmarks, written directly on Fastify + pg with no framework, no ORM and
// no validation library; the ratio against it is the cost of our stack.
// - POST /api/v1/me/completion-events: token check, session lookup, per-learner lock, event upsert
//   keeping the highest view, completion, outbox row, series check, publish to BullMQ.
// - GET /api/v1/me/progress: token check, the API's learner-series query, per-series counts.
import { createSecretKey } from 'node:crypto';
import { Queue } from 'bullmq';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const port = Number(process.env.API_PORT);
// Same key handling as the API (a KeyObject, derived once).
const secret = createSecretKey(Buffer.from(process.env.JWT_ACCESS_SECRET as string, 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const queue = new Queue('learning-events', { connection: { host: '127.0.0.1', port: 6379 }, prefix: process.env.QUEUE_PREFIX });
const THRESHOLD = 80;
// The API sends its per-request statements as named prepared statements (PrismaService.sql); so do we.
const prepared = (name: string, text: string, values: unknown[]) => ({ name, text, values });

const app = Fastify();
app.get('/health', async () => ({ status: 'ok' }));

/** The signed-in learner, or null (token invalid or its sign-in revoked). */
async function authenticate(authorization: string | undefined): Promise<{ sub: string; sid: string } | null> {
  const token = String(authorization ?? '').replace(/^Bearer /, '');
  let claims: { sub: string; sid: string };
  try {
    claims = jwt.verify(token, secret, { algorithms: ['HS256'] }) as { sub: string; sid: string };
  } catch {
    return null;
  }
  const live = await pool.query(prepared('live', 'SELECT EXISTS (SELECT 1 FROM "RefreshToken" WHERE "familyId" = $1 AND "revokedAt" IS NULL) AS live', [claims.sid]));
  return live.rows[0].live ? claims : null;
}

// The same statement as libs/db's loadLearnerSeries with its "series this learner touched" filter.
const PROGRESS_SQL = `
    SELECT sr.id AS "seriesId", sr.slug AS "seriesSlug", sr.title AS "seriesTitle", sr.rule, sr."requiredCount",
           sr."unlockTitle", sr."unlockDescription", u."unlockedAt",
           s.id AS "sessionId", s.slug AS "sessionSlug", s.title AS "sessionTitle", s.position, s."startsAt",
           s."recordingUrl", s."recordingAvailableFrom", s."recordingAvailableUntil", s."recordingMinutes",
           c."completedAt"
    FROM "Series" sr
    LEFT JOIN "SeriesUnlock" u ON u."seriesId" = sr.id AND u."userId" = $1::uuid
    LEFT JOIN "Session" s ON s."seriesId" = sr.id AND s.status = 'SCHEDULED'
    LEFT JOIN "SessionCompletion" c ON c."sessionId" = s.id AND c."userId" = $1::uuid
    WHERE (
    u.id IS NOT NULL
    OR EXISTS (SELECT 1 FROM "Session" ts JOIN "SessionCompletion" tc ON tc."sessionId" = ts.id
               WHERE ts."seriesId" = sr.id AND tc."userId" = $1::uuid)
    OR EXISTS (SELECT 1 FROM "Session" ts JOIN "Enrolment" te ON te."sessionId" = ts.id
               WHERE ts."seriesId" = sr.id AND te."userId" = $1::uuid AND te.status <> 'CANCELLED'))
    ORDER BY sr.title, sr.id, s.position NULLS FIRST, s.id`;

app.get('/api/v1/me/progress', async (request, reply) => {
  const claims = await authenticate(request.headers.authorization);
  if (!claims) return reply.code(401).send({ status: 401 });
  const rows = (await pool.query(prepared('progress', PROGRESS_SQL, [claims.sub]))).rows;
  const bySeries = new Map<string, { series: string; title: string; totalSessions: number; done: string[]; remaining: string[]; unlockedAt: Date | null }>();
  for (const row of rows) {
    let entry = bySeries.get(row.seriesId);
    if (!entry) bySeries.set(row.seriesId, (entry = { series: row.seriesSlug, title: row.seriesTitle, totalSessions: 0, done: [], remaining: [], unlockedAt: row.unlockedAt }));
    if (!row.sessionId) continue;
    entry.totalSessions += 1;
    (row.completedAt ? entry.done : entry.remaining).push(row.sessionSlug);
  }
  return [...bySeries.values()].map((entry) => ({
    ...entry,
    percentage: entry.totalSessions === 0 ? 0 : Math.round((100 * entry.done.length) / entry.totalSessions),
    satisfied: entry.unlockedAt !== null,
  }));
});

app.post('/api/v1/me/completion-events', async (request, reply) => {
  const claims = await authenticate(request.headers.authorization);
  if (!claims) return reply.code(401).send({ status: 401 });
  const body = request.body as { session: string; source: string; viewedPercent: number };
  if (typeof body?.session !== 'string' || body.source !== 'RECORDING_VIEWED' || !Number.isInteger(body.viewedPercent)) {
    return reply.code(400).send({ status: 400 });
  }
  const sessions = await pool.query(prepared('session', 'SELECT * FROM "Session" WHERE slug = $1 LIMIT 1', [body.session]));
  const session = sessions.rows[0];
  if (!session) return reply.code(404).send({ status: 404 });

  // Same statement as the API's CompletionRecorder.upsertEvent: lock + upsert (or the stored row)
  // + completion check in one round trip.
  const upsertSql = `WITH upserted AS (
       INSERT INTO "CompletionEvent" (id, "userId", "sessionId", source, "viewedPercent", "occurredAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, $3, $4, now(), now(), now()
       FROM (SELECT pg_advisory_xact_lock(hashtextextended($5, 1984))) AS learner_lock
       ON CONFLICT ("userId", "sessionId", source) DO UPDATE SET
         "viewedPercent" = GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent"), "updatedAt" = now()
       WHERE GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent") IS DISTINCT FROM "CompletionEvent"."viewedPercent"
       RETURNING *),
     event AS (SELECT *, true AS changed FROM upserted
               UNION ALL
               SELECT *, false AS changed FROM "CompletionEvent" e WHERE e."userId" = $1 AND e."sessionId" = $2 AND e.source = $3 AND NOT EXISTS (SELECT 1 FROM upserted))
     SELECT event.*, EXISTS (SELECT 1 FROM "SessionCompletion" c WHERE c."userId" = $1 AND c."sessionId" = $2) AS "alreadyCompleted" FROM event`;
  const upsertParams = [claims.sub, session.id, body.source, body.viewedPercent, claims.sub];
  const findEvent = async (db: pg.Pool | pg.PoolClient) =>
    (await db.query('SELECT * FROM "CompletionEvent" WHERE "userId" = $1 AND "sessionId" = $2 AND source = $3', [claims.sub, session.id, body.source])).rows[0];

  // As in the API: a view below the threshold cannot complete anything, so it is one statement
  // outside a transaction.
  if (body.viewedPercent < THRESHOLD) {
    const event = (await pool.query(prepared('upsert', upsertSql, upsertParams))).rows[0] ?? (await findEvent(pool));
    return reply.code(201).send({ eventId: event.id, viewedPercent: event.viewedPercent, sessionCompleted: event.alreadyCompleted === true });
  }

  const client = await pool.connect();
  const outboxIds: string[] = [];
  let result: object;
  try {
    await client.query('BEGIN');
    const written = await client.query(upsertSql, upsertParams);
    const event = written.rows[0] ?? (await findEvent(client));
    const counts = event.viewedPercent >= THRESHOLD;
    let completed = event.alreadyCompleted === true;
    if (counts && !completed) {
      const created = await client.query(
        `INSERT INTO "SessionCompletion" (id, "userId", "sessionId", source, "completedAt", "createdAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, now())
         ON CONFLICT ("userId", "sessionId") DO NOTHING RETURNING "completedAt"`,
        [claims.sub, session.id, body.source, event.occurredAt],
      );
      if (created.rowCount) {
        completed = true;
        const jobId = `session-completed.${claims.sub}.${session.id}`;
        const outbox = await client.query(
          `INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt") VALUES (gen_random_uuid(), 'learning-events', 'session-completed', $1, $2, now())
           ON CONFLICT ("jobId") DO UPDATE SET "jobId" = EXCLUDED."jobId" RETURNING id`,
          [jobId, JSON.stringify({ userId: claims.sub, sessionId: session.id, seriesId: session.seriesId })],
        );
        outboxIds.push(outbox.rows[0].id);
        if (session.seriesId) {
          const rows = await client.query(
            `SELECT s.id, c."completedAt" FROM "Series" sr JOIN "Session" s ON s."seriesId" = sr.id AND s.status = 'SCHEDULED'
             LEFT JOIN "SessionCompletion" c ON c."sessionId" = s.id AND c."userId" = $1 WHERE sr.id = $2`,
            [claims.sub, session.seriesId],
          );
          if (rows.rows.every((row) => row.completedAt !== null)) {
            const unlock = await client.query(
              `INSERT INTO "SeriesUnlock" (id, "userId", "seriesId", "unlockedAt") VALUES (gen_random_uuid(), $1, $2, now()) ON CONFLICT DO NOTHING RETURNING id`,
              [claims.sub, session.seriesId],
            );
            if (unlock.rowCount) {
              const unlocked = await client.query(
                `INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt") VALUES (gen_random_uuid(), 'learning-events', 'series-unlocked', $1, $2, now())
                 ON CONFLICT ("jobId") DO UPDATE SET "jobId" = EXCLUDED."jobId" RETURNING id`,
                [`series-unlocked.${claims.sub}.${session.seriesId}`, JSON.stringify({ userId: claims.sub, seriesId: session.seriesId })],
              );
              outboxIds.push(unlocked.rows[0].id);
            }
          }
        }
      }
    }
    await client.query('COMMIT');
    result = { eventId: event.id, viewedPercent: event.viewedPercent, sessionCompleted: completed };
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

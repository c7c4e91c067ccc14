// Baseline for the API benchmarks, written directly on Fastify + pg with no framework, no ORM and
// no validation library; the ratio against it is the cost of our stack.
// Each route does the same work as the API's, with the same statements (prepared, as the API
// prepares them), so the ratio measures the stack, not a different amount of work:
// - POST /api/v1/me/completion-events: token check, session lookup, per-learner lock, event upsert
//   keeping the highest view; when it may complete: a transaction with the completion, its two
//   outbox jobs (session-completed, integration event), the series check and on an unlock its row
//   and two jobs; then the publish of those jobs to BullMQ (lock + mark, add, commit).
// - GET /api/v1/me/progress: token check, the API's learner-series query, and the same response
//   document (the pure describeSeriesProgress of @stacks/learning-domain that the API uses).
import { createSecretKey } from 'node:crypto';
import { Queue } from 'bullmq';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { describeSeriesProgress } from '@stacks/learning-domain';
import { integrationEventPayload, IntegrationEventType, type JobItem, jobIdFor, JobName, queueOf } from '@stacks/queue-contracts';

const port = Number(process.env.API_PORT);
// Same key handling as the API (a KeyObject, derived once).
const secret = createSecretKey(Buffer.from(process.env.JWT_ACCESS_SECRET as string, 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
// The queues the API's outbox publishes the completion's jobs to, by job name (the job table's routing).
const connection = { host: '127.0.0.1', port: 6379 };
const queues = new Map(
  [JobName.SessionCompleted, JobName.SeriesUnlocked, JobName.IntegrationEvent].map((name) => [name as string, new Queue(queueOf(name), { connection, prefix: process.env.QUEUE_PREFIX })]),
);
const THRESHOLD = 80;
// The API sends its per-request statements as named prepared statements (PrismaService.sql); so do we.
const prepared = (name: string, text: string, values: unknown[]) => ({ name, text, values });

// The API's CompletableSession columns (COMPLETABLE_SESSION_COLUMNS).
const SESSION_COLUMNS =
  'id, slug, "seriesId", status, "startsAt", "endsAt", "recordingUrl", "recordingAvailableFrom", "recordingAvailableUntil", ' +
  '"recordingMinutes", "recordingCompletion", "attendanceMinMinutes", "attendanceMinPercent"';
const UPSERT_SQL = `WITH upserted AS (
     INSERT INTO "CompletionEvent" (id, "userId", "sessionId", source, "viewedPercent", "occurredAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, $3::"CompletionSource", $4::int, now(), now(), now()
     FROM (SELECT pg_advisory_xact_lock(hashtextextended($5, 1984))) AS learner_lock
     ON CONFLICT ("userId", "sessionId", source) DO UPDATE SET
       "viewedPercent" = GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent"), "updatedAt" = now()
     WHERE GREATEST("CompletionEvent"."viewedPercent", EXCLUDED."viewedPercent") IS DISTINCT FROM "CompletionEvent"."viewedPercent"
     RETURNING *),
   event AS (SELECT *, true AS changed FROM upserted
             UNION ALL
             SELECT *, false AS changed FROM "CompletionEvent" e WHERE e."userId" = $1::uuid AND e."sessionId" = $2::uuid AND e.source = $3::"CompletionSource" AND NOT EXISTS (SELECT 1 FROM upserted))
   SELECT event.*, EXISTS (SELECT 1 FROM "SessionCompletion" c WHERE c."userId" = $1::uuid AND c."sessionId" = $2::uuid) AS "alreadyCompleted" FROM event`;
// libs/db's enqueueOutboxEvents: a fact's jobs in one statement, deduplicated by job id.
const ENQUEUE_SQL = `WITH input AS (
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS t(queue, "jobName", "jobId", payload, ord)),
   written AS (
     INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt")
     SELECT gen_random_uuid(), queue, "jobName", "jobId", payload, now() FROM input ORDER BY ord
     ON CONFLICT ("jobId") DO UPDATE SET "jobId" = EXCLUDED."jobId"
     RETURNING id, "jobId")
   SELECT written.id FROM written JOIN input ON input."jobId" = written."jobId" ORDER BY input.ord`;
async function enqueue(client: pg.PoolClient, jobs: JobItem[]): Promise<string[]> {
  const values = [jobs.map((job) => queueOf(job.name)), jobs.map((job) => job.name), jobs.map((job) => jobIdFor(job)), jobs.map((job) => JSON.stringify(job.data))];
  return (await client.query(prepared('enqueue', ENQUEUE_SQL, values))).rows.map((row) => row.id);
}
// libs/db's OutboxRelay.relayIds: lock the unpublished rows (skipping a sweep's) and mark them.
const CLAIM_SQL = `UPDATE "OutboxEvent" o SET "publishedAt" = now()
   FROM (SELECT id FROM "OutboxEvent" WHERE id = ANY($1::uuid[]) AND "publishedAt" IS NULL FOR UPDATE SKIP LOCKED) claimed
   WHERE o.id = claimed.id RETURNING o.id, o."jobName", o."jobId", o.payload`;

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

// The same statement as libs/db's loadLearnerSeries, with its "series this learner touched" filter
// (progress) or one series (the unlock check).
const learnerSeriesSql = (filter: string) => `
    SELECT sr.id AS "seriesId", sr.slug AS "seriesSlug", sr.title AS "seriesTitle", sr.rule, sr."requiredCount",
           sr."unlockTitle", sr."unlockDescription", u."unlockedAt",
           s.id AS "sessionId", s.slug AS "sessionSlug", s.title AS "sessionTitle", s.position, s."startsAt",
           s."recordingUrl", s."recordingAvailableFrom", s."recordingAvailableUntil", s."recordingMinutes",
           c."completedAt"
    FROM "Series" sr
    LEFT JOIN "SeriesUnlock" u ON u."seriesId" = sr.id AND u."userId" = $1::uuid
    LEFT JOIN "Session" s ON s."seriesId" = sr.id AND s.status = 'SCHEDULED'
    LEFT JOIN "SessionCompletion" c ON c."sessionId" = s.id AND c."userId" = $1::uuid
    WHERE ${filter}
    ORDER BY sr.title, sr.id, s.position NULLS FIRST, s.id`;
const PROGRESS_SQL = learnerSeriesSql(`(
    u.id IS NOT NULL
    OR EXISTS (SELECT 1 FROM "Session" ts JOIN "SessionCompletion" tc ON tc."sessionId" = ts.id
               WHERE ts."seriesId" = sr.id AND tc."userId" = $1::uuid)
    OR EXISTS (SELECT 1 FROM "Session" ts JOIN "Enrolment" te ON te."sessionId" = ts.id
               WHERE ts."seriesId" = sr.id AND te."userId" = $1::uuid AND te.status <> 'CANCELLED'))`);
const SERIES_SQL = learnerSeriesSql('sr.id = $2::uuid');

app.get('/api/v1/me/progress', async (request, reply) => {
  const claims = await authenticate(request.headers.authorization);
  if (!claims) return reply.code(401).send({ status: 401 });
  const rows = (await pool.query(prepared('progress', PROGRESS_SQL, [claims.sub]))).rows;
  // The same document as the API's: rows grouped as loadLearnerSeries groups them, then the same
  // pure view (describeSeriesProgress), so both sides build and serialise equal responses.
  type Entry = { series: Parameters<typeof describeSeriesProgress>[0]; completions: { sessionId: string; completedAt: Date }[]; unlockedAt: Date | null };
  const bySeries = new Map<string, Entry>();
  for (const row of rows) {
    let entry = bySeries.get(row.seriesId);
    if (!entry) {
      const series = { id: row.seriesId, slug: row.seriesSlug, title: row.seriesTitle, rule: row.rule, requiredCount: row.requiredCount, unlockTitle: row.unlockTitle, unlockDescription: row.unlockDescription, sessions: [] };
      bySeries.set(row.seriesId, (entry = { series, completions: [], unlockedAt: row.unlockedAt }));
    }
    if (!row.sessionId) continue;
    entry.series.sessions.push({
      id: row.sessionId,
      slug: row.sessionSlug,
      title: row.sessionTitle,
      position: row.position,
      startsAt: row.startsAt,
      recordingUrl: row.recordingUrl,
      recordingAvailableFrom: row.recordingAvailableFrom,
      recordingAvailableUntil: row.recordingAvailableUntil,
    });
    if (row.completedAt) entry.completions.push({ sessionId: row.sessionId, completedAt: row.completedAt });
  }
  const now = new Date();
  return [...bySeries.values()].map((entry) => describeSeriesProgress(entry.series, entry.completions, entry.unlockedAt, now));
});

/** The API's CompletionEventResultDto. */
function response(
  event: { id: string; source: string; viewedPercent: number | null; minutesAttended: number | null; changed: boolean },
  session: string,
  sessionCompleted: boolean,
  newlyCompleted: boolean,
  unlocked: { series: string; unlockTitle: string | null }[],
) {
  const duplicate = !event.changed && !newlyCompleted;
  return { eventId: event.id, session, source: event.source, viewedPercent: event.viewedPercent, minutesAttended: event.minutesAttended, duplicate, sessionCompleted, unlocked };
}

app.post('/api/v1/me/completion-events', async (request, reply) => {
  const claims = await authenticate(request.headers.authorization);
  if (!claims) return reply.code(401).send({ status: 401 });
  const body = request.body as { session: string; source: string; viewedPercent: number };
  if (typeof body?.session !== 'string' || body.source !== 'RECORDING_VIEWED' || !Number.isInteger(body.viewedPercent)) {
    return reply.code(400).send({ status: 400 });
  }
  const sessions = await pool.query(prepared('session', `SELECT ${SESSION_COLUMNS} FROM "Session" s WHERE s.slug = $1 LIMIT 1`, [body.session]));
  const session = sessions.rows[0];
  if (!session) return reply.code(404).send({ status: 404 });

  // Same statement as the API's CompletionRecorder.upsertEvent: lock + upsert (or the stored row)
  // + completion check in one round trip.
  const upsertParams = [claims.sub, session.id, body.source, body.viewedPercent, claims.sub];
  const findEvent = async (db: pg.Pool | pg.PoolClient) =>
    (await db.query('SELECT * FROM "CompletionEvent" WHERE "userId" = $1 AND "sessionId" = $2 AND source = $3', [claims.sub, session.id, body.source])).rows[0];

  // As in the API: a view below the threshold cannot complete anything, so it is one statement
  // outside a transaction.
  if (body.viewedPercent < THRESHOLD) {
    const event = (await pool.query(prepared('upsert', UPSERT_SQL, upsertParams))).rows[0] ?? (await findEvent(pool));
    return reply.code(event.changed ? 201 : 200).send(response(event, session.slug, event.alreadyCompleted === true, false, []));
  }

  // As in the API (PrismaService.sqlTransaction): one pooled connection, every statement prepared,
  // the same rows: the completion, its two outbox jobs (session-completed and the integration
  // event) in one statement, the series check with the API's learner-series query, and on an
  // unlock its row and its two outbox jobs.
  const client = await pool.connect();
  const outboxIds: string[] = [];
  const unlocked: { series: string; unlockTitle: string | null }[] = [];
  let newlyCompleted = false;
  let result: ReturnType<typeof response>;
  try {
    await client.query('BEGIN');
    const written = await client.query(prepared('upsert', UPSERT_SQL, upsertParams));
    const event = written.rows[0] ?? (await findEvent(client));
    const counts = event.viewedPercent >= THRESHOLD;
    let completed = event.alreadyCompleted === true;
    if (counts && !completed) {
      const created = await client.query(
        prepared(
          'completion',
          `INSERT INTO "SessionCompletion" (id, "userId", "sessionId", source, "completedAt", "createdAt") VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::"CompletionSource", $4, now())
           ON CONFLICT ("userId", "sessionId") DO NOTHING RETURNING "completedAt"`,
          [claims.sub, session.id, event.source, event.occurredAt],
        ),
      );
      if (created.rowCount) {
        completed = true;
        newlyCompleted = true;
        const completedAt = (created.rows[0].completedAt as Date).toISOString();
        const completedPayload = { userId: claims.sub, sessionId: session.id, seriesId: session.seriesId, completedAt };
        outboxIds.push(
          ...(await enqueue(client, [
            { name: JobName.SessionCompleted, data: completedPayload },
            {
              name: JobName.IntegrationEvent,
              data: integrationEventPayload(IntegrationEventType.SessionCompleted, `${claims.sub}:${session.id}`, completedAt, {
                userId: claims.sub,
                sessionId: session.id,
                seriesId: session.seriesId,
                source: event.source,
              }),
            },
          ])),
        );
        if (session.seriesId) {
          const rows = (await client.query(prepared('series', SERIES_SQL, [claims.sub, session.seriesId]))).rows;
          const satisfied = rows.length > 0 && rows[0].unlockedAt === null && rows.every((row) => row.sessionId === null || row.completedAt !== null);
          if (satisfied) {
            const unlock = await client.query(
              prepared(
                'unlock',
                `INSERT INTO "SeriesUnlock" (id, "userId", "seriesId", "unlockedAt") VALUES (gen_random_uuid(), $1::uuid, $2::uuid, now())
                 ON CONFLICT ("userId", "seriesId") DO NOTHING RETURNING "unlockedAt"`,
                [claims.sub, session.seriesId],
              ),
            );
            if (unlock.rowCount) {
              const unlockedAt = (unlock.rows[0].unlockedAt as Date).toISOString();
              const series = rows[0];
              unlocked.push({ series: series.seriesSlug, unlockTitle: series.unlockTitle });
              outboxIds.push(
                ...(await enqueue(client, [
                  { name: JobName.SeriesUnlocked, data: { userId: claims.sub, seriesId: session.seriesId, seriesSlug: series.seriesSlug, unlockTitle: series.unlockTitle, unlockedAt } },
                  {
                    name: JobName.IntegrationEvent,
                    data: integrationEventPayload(IntegrationEventType.SeriesUnlocked, `${claims.sub}:${session.seriesId}`, unlockedAt, {
                      userId: claims.sub,
                      seriesId: session.seriesId,
                      seriesSlug: series.seriesSlug,
                      unlockTitle: series.unlockTitle,
                    }),
                  },
                ])),
              );
            }
          }
        }
      }
    }
    await client.query('COMMIT');
    result = response(event, session.slug, completed, newlyCompleted, unlocked);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  // Publish right after the commit, as the API's OutboxPublisher does (OutboxRelay.relayIds): one
  // statement locks and marks the rows, each job goes to its queue, then the commit.
  if (outboxIds.length > 0) {
    const publisher = await pool.connect();
    try {
      await publisher.query('BEGIN');
      const rows = await publisher.query(prepared('claim', CLAIM_SQL, [outboxIds]));
      for (const row of rows.rows) await (queues.get(row.jobName) as Queue).add(row.jobName, row.payload, { jobId: row.jobId });
      await publisher.query('COMMIT');
    } finally {
      publisher.release();
    }
  }
  return reply.code(result.duplicate ? 200 : 201).send(result);
});

await app.listen({ port, host: '127.0.0.1' });
// A clean exit on SIGTERM, so that BENCH_PROFILE=1 writes this server's CPU profile too.
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});

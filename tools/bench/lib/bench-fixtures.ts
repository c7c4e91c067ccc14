import { createSecretKey, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import pg from 'pg';

export const BENCH_JWT_SECRET = 'bench-only-secret-0123456789abcdef0123456789';

export interface BenchFixtures {
  sessionIds: string[];
  seriesIds: string[];
  learnerIds: string[];
  /** Bearer tokens, one per learner (same order). */
  tokens: string[];
}

/**
 * Seeds a catalogue of `series` × `sessionsPerSeries` recorded webinars and `learners` learners,
 * each signed in (a live refresh-token family and an access token), entirely in SQL so that
 * 100 000 learners take seconds rather than minutes. With `completionsPerLearner`, each learner has that many
 * completed sessions spread over the series.
 */
export async function seedBenchFixtures(
  databaseUrl: string,
  options: { series: number; sessionsPerSeries: number; learners: number; completionsPerLearner?: number },
): Promise<BenchFixtures> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const programId = randomUUID();
    await client.query(
      `INSERT INTO "Program" (id, slug, title, kind, summary, description, audience, "libraryTypes", "librarySizes", tags, "updatedAt")
       VALUES ($1, 'bench-program', 'Benchmark program', 'LEARNING_SERIES', 's', 'd', 'a', '{PUBLIC}', '{}', '{}', now())`,
      [programId],
    );
    const { rows: series } = await client.query<{ id: string }>(
      `INSERT INTO "Series" (id, "programId", slug, title, description, audience, "libraryTypes", "librarySizes", rule, "unlockTitle", "updatedAt")
       SELECT gen_random_uuid(), $1, 'bench-series-' || n, 'Bench series ' || n, 'd', 'a', '{}', '{}', 'ALL', 'Bench reward', now()
         FROM generate_series(1, $2) AS n RETURNING id`,
      [programId, options.series],
    );
    const seriesIds = series.map((row) => row.id);
    const { rows: sessions } = await client.query<{ id: string }>(
      `INSERT INTO "Session" (id, "programId", "seriesId", position, slug, title, description, type, "recordingUrl",
                              "recordingAvailableFrom", "recordingMinutes", "recordingCompletion", "libraryTypes", "updatedAt")
       SELECT gen_random_uuid(), $1, s.id, p, 'bench-session-' || s.slug || '-' || p, 'Bench session ' || p, 'd', 'WEBINAR',
              'https://video.example.org/bench', '2020-01-01', 60, 'SELF_REPORT_ALLOWED', '{}', now()
         FROM "Series" s CROSS JOIN generate_series(1, $2) AS p
        ORDER BY s.slug, p RETURNING id`,
      [programId, options.sessionsPerSeries],
    );
    const sessionIds = sessions.map((row) => row.id);
    const { rows: learners } = await client.query<{ id: string; family: string }>(
      `WITH created AS (
         INSERT INTO "User" (id, email, "passwordHash", "displayName", "updatedAt")
         SELECT gen_random_uuid(), 'bench-' || n || '@bench.example', 'not-a-real-hash', 'Bench ' || n, now()
           FROM generate_series(1, $1) AS n RETURNING id)
       INSERT INTO "RefreshToken" (id, "userId", "familyId", "tokenHash", "expiresAt")
       SELECT gen_random_uuid(), id, gen_random_uuid(), md5(random()::text) || md5(id::text), now() + interval '1 day' FROM created
       RETURNING "userId" AS id, "familyId" AS family`,
      [options.learners],
    );
    if (options.completionsPerLearner) {
      // Each learner completes a contiguous run of sessions starting at a learner-specific offset.
      // Millions of rows: the foreign-key checks (one trigger call per row and key) and the
      // secondary indexes cost most of the insert, so the checks are skipped (the rows reference
      // what was just inserted) and the indexes are built once afterwards.
      const { rows: indexes } = await client.query<{ name: string; definition: string }>(
        `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
          WHERE schemaname = current_schema() AND tablename = 'SessionCompletion' AND indexname <> 'SessionCompletion_pkey'`,
      );
      for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
      await client.query('BEGIN');
      await client.query("SET LOCAL session_replication_role = 'replica'");
      await client.query(
        `INSERT INTO "SessionCompletion" (id, "userId", "sessionId", source, "completedAt")
         SELECT gen_random_uuid(), u.id, s.id, 'RECORDING_VIEWED', now()
           FROM (SELECT id, row_number() OVER () AS n FROM "User") u
           JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS k FROM "Session") s
             ON ((s.k - u.n) % ${sessionIds.length} + ${sessionIds.length}) % ${sessionIds.length} < $1`,
        [options.completionsPerLearner],
      );
      await client.query('COMMIT');
      for (const index of indexes) await client.query(index.definition);
    }
    await client.query('ANALYZE');
    // The key derived once: with the string secret, jsonwebtoken re-derives it (after trying it as a
    // public key) for every token, about 79 s of seeding at 100 000 learners.
    const key = createSecretKey(Buffer.from(BENCH_JWT_SECRET, 'utf8'));
    const tokens = learners.map((learner) => jwt.sign({ sub: learner.id, role: 'LEARNER', sid: learner.family }, key, { algorithm: 'HS256', expiresIn: 3600 }));
    return { sessionIds, seriesIds, learnerIds: learners.map((learner) => learner.id), tokens };
  } finally {
    await client.end();
  }
}

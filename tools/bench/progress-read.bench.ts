// Progress reads under load: GET /api/v1/me/progress for random learners, with 100 000 learners
// × 50 sessions seeded (each learner has completed 25 sessions spread over several series:
// 2.5 million completions; BENCH_PROGRESS_LEARNERS picks another size). Targets: p99 < 10 ms and
// at least 0.7× the baseline's requests per second. The
// baseline, on the same database in the same run: tools/bench/raw-server.ts running the API's
// progress query on bare Fastify + pg.
import { parseConfig } from '@stacks/config';
import { createBenchDatabase } from './lib/bench-database.js';
import { BENCH_JWT_SECRET, seedBenchFixtures } from './lib/bench-fixtures.js';
import { measuredWithCpu, runLoad, type LoadResult } from './lib/load.js';
import { startServer } from './lib/server-process.js';

const CONNECTIONS = Number(process.env.BENCH_PROGRESS_CONNECTIONS ?? 4);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const LEARNERS = Number(process.env.BENCH_PROGRESS_LEARNERS ?? 100_000);
const COMPLETIONS_PER_LEARNER = 25;

export interface ProgressReadResult {
  learners: number;
  sessions: number;
  completions: number;
  load: LoadResult;
  rawBaseline: LoadResult;
  ratio: number;
}

export async function benchProgressRead(): Promise<ProgressReadResult> {
  const config = parseConfig(process.env);
  const database = await createBenchDatabase(config.DATABASE_URL);
  try {
    const fixtures = await seedBenchFixtures(database.url, { series: 5, sessionsPerSeries: 10, learners: LEARNERS, completionsPerLearner: COMPLETIONS_PER_LEARNER });
    const measure = async (script: string, port: number): Promise<LoadResult> => {
      const server = await startServer(script, {
        DATABASE_URL: database.url,
        API_PORT: String(port),
        JWT_ACCESS_SECRET: BENCH_JWT_SECRET,
        QUEUE_PREFIX: 'stacks-bench-progress',
      }, port);
      try {
        const target = {
          url: `http://127.0.0.1:${port}`,
          method: 'GET' as const,
          path: '/api/v1/me/progress',
          connections: CONNECTIONS,
          makeRequest: () => ({ headers: { authorization: `Bearer ${fixtures.tokens[Math.floor(Math.random() * fixtures.tokens.length)]}` } }),
        };
        await runLoad({ ...target, durationSeconds: 3 });
        return await measuredWithCpu(server, () => runLoad({ ...target, durationSeconds: DURATION }));
      } finally {
        await server.stop();
      }
    };
    const rawBaseline = await measure('tools/bench/raw-server.ts', 3904);
    const load = await measure('apps/api/src/main.ts', 3903);
    return {
      learners: fixtures.learnerIds.length,
      sessions: fixtures.sessionIds.length,
      completions: fixtures.learnerIds.length * COMPLETIONS_PER_LEARNER,
      load,
      rawBaseline,
      ratio: load.requestsPerSecond / rawBaseline.requestsPerSecond,
    };
  } finally {
    await database.drop();
  }
}

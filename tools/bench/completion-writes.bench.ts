// Completion-event writes per second: the Stacks API vs. a raw Fastify + pg handler doing the
// same SQL, measured in the same run on identical, freshly seeded databases.
import { parseConfig } from '@stacks/config';
import { createBenchDatabase } from './lib/bench-database.js';
import { BENCH_JWT_SECRET, seedBenchFixtures } from './lib/bench-fixtures.js';
import { measuredWithCpu, runLoad, type LoadResult } from './lib/load.js';
import { startServer } from './lib/server-process.js';

export interface CompletionWritesResult {
  stacks: LoadResult;
  rawBaseline: LoadResult;
  ratio: number;
}

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

async function measure(script: string, port: number, label: string): Promise<LoadResult> {
  const config = parseConfig(process.env);
  const database = await createBenchDatabase(config.DATABASE_URL);
  try {
    const fixtures = await seedBenchFixtures(database.url, { series: 10, sessionsPerSeries: 5, learners: 2000 });
    const sessionSlugs = fixtures.sessionIds.length;
    const slugs = Array.from({ length: sessionSlugs }, (_, index) => `bench-session-bench-series-${Math.floor(index / 5) + 1}-${(index % 5) + 1}`);
    const server = await startServer(script, {
      DATABASE_URL: database.url,
      API_PORT: String(port),
      JWT_ACCESS_SECRET: BENCH_JWT_SECRET,
      QUEUE_PREFIX: `stacks-bench-${label}`,
      DATABASE_POOL_SIZE: '10',
    }, port);
    try {
      const makeRequest = () => {
        const learner = Math.floor(Math.random() * fixtures.tokens.length);
        return {
          headers: { authorization: `Bearer ${fixtures.tokens[learner]}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            session: slugs[Math.floor(Math.random() * slugs.length)],
            source: 'RECORDING_VIEWED',
            viewedPercent: Math.floor(Math.random() * 101),
          }),
        };
      };
      const target = { url: `http://127.0.0.1:${port}`, method: 'POST' as const, path: '/api/v1/me/completion-events', connections: CONNECTIONS, makeRequest };
      await runLoad({ ...target, durationSeconds: 3 }); // warm-up: JIT, pools, caches
      return await measuredWithCpu(server, () => runLoad({ ...target, durationSeconds: DURATION }));
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

export async function benchCompletionWrites(): Promise<CompletionWritesResult> {
  const rawBaseline = await measure('tools/bench/raw-server.ts', 3901, 'raw');
  const stacks = await measure('apps/api/src/main.ts', 3902, 'api');
  return { stacks, rawBaseline, ratio: stacks.requestsPerSecond / rawBaseline.requestsPerSecond };
}

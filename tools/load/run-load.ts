// `npm run load`: the API under a mixed load of real routes for a few minutes, with a soak of
// 100 000 reminders through the worker at the same time, and an attacker's stream of hostile
// inputs (tools/load/lib/hostile-stream.ts) beside it, against a throw-away database.
// Zero errors required: any non-2xx member response, any 5xx or socket error, any request slower
// than LOAD_MAX_LATENCY_MS, or a lost/doubled reminder prints INVALID and exits 1.
// Figures go to tmp/load/results.json.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { hash } from '@node-rs/argon2';
import { parseConfig } from '@stacks/config';
import { createPrismaClient } from '@stacks/db';
import { runSeed } from '@stacks/db/seed';
import { redisConnectionOptions } from '@stacks/queues';
import { freePort } from '@stacks/test-processes';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createBenchDatabase } from '../bench/lib/bench-database.js';
import { BENCH_JWT_SECRET, seedBenchFixtures } from '../bench/lib/bench-fixtures.js';
import { startServer } from '../bench/lib/server-process.js';
import { type HostileStreamResult, runHostileStream } from './lib/hostile-stream.js';
import { runSoak, seedSoakSession, SOAK_OFFSETS_MINUTES, type SoakResult } from './lib/reminder-soak.js';
import { loadRoutes, mixedRequest, type LoadRoute, type MixFixtures, type StatusTally } from './lib/route-mix.js';

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 180);
const ROUTE_SECONDS = Number(process.env.LOAD_ROUTE_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 16);
const LEARNERS = Number(process.env.LOAD_LEARNERS ?? 2_000);
const SOAK_REMINDERS = Number(process.env.SOAK_REMINDERS ?? 100_000);
const SOAK_TIMEOUT_SECONDS = Number(process.env.SOAK_TIMEOUT_SECONDS ?? 300);
// Free ports unless given, so a bench running at the same time cannot answer in the API's place.
const API_PORT = Number(process.env.LOAD_API_PORT ?? (await freePort()));
const WORKER_HEALTH_PORT = Number(process.env.LOAD_WORKER_HEALTH_PORT ?? (await freePort()));
/** The issue's bound: no request, a member's or an attacker's, slower than this. */
const MAX_LATENCY_MS = Number(process.env.LOAD_MAX_LATENCY_MS ?? 1000);
/** Connections sending hostile inputs during the mixed run; 0 leaves them out. */
const HOSTILE_CONNECTIONS = Number(process.env.LOAD_HOSTILE_CONNECTIONS ?? 2);

interface Figures {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

function figures(result: autocannon.Result): Figures {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    total: result.requests.total,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const row = (name: string, value: Figures) =>
  `${name.padEnd(38)} ${String(value.requestsPerSecond).padStart(6)} req/s  p50 ${value.p50} ms  p97.5 ${value.p97_5} ms  p99 ${value.p99} ms  max ${value.max} ms` +
  (value.non2xx || value.errors ? `  non-2xx ${value.non2xx} errors ${value.errors}` : '');

/** Removes every Redis key of this run's queues (they all start with its own prefix). */
async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis({ ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null });
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

async function run(routes: LoadRoute[], fixtures: MixFixtures, seconds: number, tally: StatusTally, samples: string[]): Promise<Figures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${API_PORT}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [mixedRequest(routes, fixtures, tally, samples)],
  });
  return figures(result);
}

const config = parseConfig(process.env);
const startedAt = new Date();
const database = await createBenchDatabase(config.DATABASE_URL);
const queuePrefix = `stacks-load-${randomBytes(4).toString('hex')}`;
const stops: (() => Promise<void>)[] = [];
let exitCode = 0;
try {
  console.log(`load: database ${database.url.replace(/\/\/[^@]*@/, '//')}, queue prefix ${queuePrefix}`);
  // Bench fixtures first: their session insert spans every series in the database.
  const bench = await seedBenchFixtures(database.url, { series: 5, sessionsPerSeries: 10, learners: LEARNERS, completionsPerLearner: 10 });
  const prisma = createPrismaClient(database.url, { poolSize: 2 });
  await runSeed(prisma, { demoAccounts: false, demoPassword: config.SEED_DEMO_PASSWORD, hashPassword: (password) => hash(password, { algorithm: 2 }) });
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows: programs } = await client.query<{ slug: string }>(`SELECT slug FROM "Program" WHERE slug NOT LIKE 'bench-%'`);
  await client.end();
  const fixtures: MixFixtures = { tokens: bench.tokens, sessionIds: bench.sessionIds, programSlugs: programs.map((program) => program.slug) };

  const env = {
    DATABASE_URL: database.url,
    QUEUE_PREFIX: queuePrefix,
    JWT_ACCESS_SECRET: BENCH_JWT_SECRET,
    LOG_LEVEL: 'warn',
    API_PORT: String(API_PORT),
    WORKER_HEALTH_PORT: String(WORKER_HEALTH_PORT),
    ASK_RATE_LIMIT_PER_MINUTE: '100000',
    REMINDER_OFFSETS_MINUTES: SOAK_OFFSETS_MINUTES,
  };
  // Unset so the worker uses the console channel and every process reads the throw-away database.
  for (const key of ['SMTP_URL', 'DATABASE_READ_URL', 'DISCORD_TOKEN']) delete process.env[key];
  const api = await startServer('apps/api/src/main.ts', env, API_PORT);
  stops.push(() => api.stop());
  const worker = await startServer('apps/worker/src/main.ts', env, WORKER_HEALTH_PORT);
  stops.push(() => worker.stop());
  const soakSession = SOAK_REMINDERS > 0 ? await seedSoakSession(database.url, SOAK_REMINDERS) : null;
  console.log(`load: ${programs.length} catalogue programs, ${LEARNERS} learners with tokens, ${soakSession?.learners ?? 0} soak learners enrolled`);

  const routes = loadRoutes(fixtures);
  const tally: StatusTally = new Map();
  const samples: string[] = [];
  await run(routes, fixtures, 3, new Map(), []); // warm-up, not counted

  console.log(`load: mixed run, ${LOAD_SECONDS} s at ${CONNECTIONS} connections${soakSession ? `, soak of ${soakSession.expected} reminders alongside` : ''}`);
  let apiLoadRunning = true;
  const soak: Promise<SoakResult | null> = soakSession
    ? runSoak({ databaseUrl: database.url, redisUrl: config.REDIS_URL, queuePrefix, session: soakSession, timeoutMs: SOAK_TIMEOUT_SECONDS * 1000, apiLoadRunning: () => apiLoadRunning })
    : Promise.resolve(null);
  const hostile: Promise<HostileStreamResult | null> =
    HOSTILE_CONNECTIONS > 0
      ? runHostileStream({
          baseUrl: `http://127.0.0.1:${API_PORT}`,
          bodyLimitBytes: config.BODY_LIMIT_BYTES,
          targetEmail: 'nobody@bench.example',
          connections: HOSTILE_CONNECTIONS,
          maxLatencyMs: MAX_LATENCY_MS,
          running: () => apiLoadRunning,
        })
      : Promise.resolve(null);
  const mixed = await run(routes, fixtures, LOAD_SECONDS, tally, samples);
  apiLoadRunning = false;
  const hostileResult = await hostile;
  console.log(row('mixed', mixed));
  if (hostileResult) {
    console.log(
      `hostile: ${hostileResult.requests} requests beside the mix, slowest ${hostileResult.slowest.ms} ms (${hostileResult.slowest.name}); ` +
        `forged-address sign-ins refused ${hostileResult.forgedLoginsRefused}/${hostileResult.forgedLogins}; statuses ${JSON.stringify(hostileResult.statuses)}`,
    );
  }
  const soakResult = await soak;

  const perRoute: Record<string, Figures> = {};
  for (const route of routes) {
    perRoute[route.name] = await run([route], fixtures, ROUTE_SECONDS, tally, samples);
    console.log(row(route.name, perRoute[route.name] as Figures));
  }

  const statuses = Object.fromEntries([...tally].map(([route, counts]) => [route, Object.fromEntries(counts)]));
  const badStatuses = [...tally.values()].flatMap((counts) => [...counts].filter(([status]) => status < 200 || status > 299)).reduce((sum, [, count]) => sum + count, 0);
  const errors = mixed.errors + Object.values(perRoute).reduce((sum, value) => sum + value.errors + value.non2xx, mixed.non2xx);
  const problems: string[] = [];
  if (errors > 0 || badStatuses > 0) problems.push(`${errors} errors/non-2xx responses (${badStatuses} tallied by status)`);
  if (mixed.max > MAX_LATENCY_MS) problems.push(`a member's request took ${mixed.max} ms during the mixed run (bound ${MAX_LATENCY_MS} ms)`);
  if (hostileResult) {
    problems.push(...hostileResult.problems.slice(0, 20));
    // Rotating X-Forwarded-For must not lift the per-address limit: beyond the allowance of the
    // run's minutes, every forged attempt is a 429.
    const allowance = config.LOGIN_RATE_LIMIT_PER_MINUTE * (Math.ceil(LOAD_SECONDS / 60) + 1);
    if (hostileResult.forgedLogins - hostileResult.forgedLoginsRefused > allowance) {
      problems.push(`${hostileResult.forgedLogins - hostileResult.forgedLoginsRefused} forged-address sign-ins were evaluated (limit allows ${allowance})`);
    }
  }
  if (soakResult) {
    if (soakResult.allSentSeconds === null) problems.push(`soak did not finish in ${SOAK_TIMEOUT_SECONDS} s`);
    if (soakResult.lost || soakResult.duplicateKeys || soakResult.learnersWithWrongCount || soakResult.notSent || soakResult.failedJobs) {
      problems.push(`soak: lost ${soakResult.lost}, duplicate keys ${soakResult.duplicateKeys}, learners with wrong count ${soakResult.learnersWithWrongCount}, not sent ${soakResult.notSent}, failed jobs ${soakResult.failedJobs}`);
    }
    console.log(
      `soak: ${soakResult.sent}/${soakResult.reminders} reminders sent; planned in ${soakResult.planSeconds} s, all sent ${soakResult.allSentSeconds} s after the plan job was queued ` +
        `(${soakResult.sendsPerSecond}/s${soakResult.finishedUnderApiLoad ? ', while the API was under load' : ', finished after the API load ended'}); ` +
        `retried ${soakResult.retried}, duplicates ${soakResult.duplicateKeys}, lost ${soakResult.lost}`,
    );
  }
  const results = {
    command: 'npm run load',
    date: startedAt.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadGeneratorOnSameHost: true },
    settings: { maxLatencyMs: MAX_LATENCY_MS, hostileConnections: HOSTILE_CONNECTIONS, loadSeconds: LOAD_SECONDS, routeSeconds: ROUTE_SECONDS, connections: CONNECTIONS, learners: LEARNERS, soakReminders: SOAK_REMINDERS, weights: Object.fromEntries(routes.map((route) => [route.name, route.weight])) },
    mixed,
    perRoute,
    statuses,
    soak: soakResult,
    hostile: hostileResult,
    valid: problems.length === 0,
    problems,
    sampleFailures: samples,
  };
  mkdirSync('tmp/load', { recursive: true });
  writeFileSync('tmp/load/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('load: results in tmp/load/results.json');
  if (problems.length > 0) {
    console.log(`INVALID: ${problems.join('; ')}`);
    for (const sample of samples) console.log(`  ${sample}`);
    exitCode = 1;
  }
} catch (error) {
  console.error(`load failed: ${(error as Error).stack ?? String(error)}`);
  exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop();
  await database.drop();
  await deleteQueueKeys(config.REDIS_URL, queuePrefix);
}
process.exit(exitCode);

// PostgreSQL stopped (pg_ctl stop -m fast) and started again while the API takes a steady stream of
// completion events: what the API answers during the outage, how long it takes to answer 2xx
// again, and whether any completion, unlock or outbox row was left half-written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createDisposableDatabase } from '@stacks/db/testing';
import pg from 'pg';
import { BENCH_JWT_SECRET, seedBenchFixtures } from '../bench/lib/bench-fixtures.js';
import { AppProcess, freePort, RedisServer, sleep } from '@stacks/test-processes';
import { PostgresServer } from './lib/processes.js';
import type { ScenarioResult } from './scenario.js';

const WRITERS = 8;
const OUTAGE_MS = Number(process.env.FAULTS_PG_OUTAGE_MS ?? 6_000);
const REQUEST_TIMEOUT_MS = 15_000;
/** An answer slower than this during the outage counts as hanging. */
const HANG_MS = 5_000;
const RECOVERY_LIMIT_S = 30;
const THRESHOLD = 80;

interface Answer {
  kind: 'write' | 'ready';
  sentAt: number;
  ms: number;
  status: number; // 0 = no answer (connection error or timeout)
  contentType: string;
  problem?: string;
  requestId?: string;
}

async function send(kind: Answer['kind'], url: string, init: RequestInit): Promise<Answer> {
  const sentAt = Date.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const contentType = response.headers.get('content-type') ?? '';
    const body = await response.text();
    let problem: string | undefined;
    let requestId: string | undefined;
    if (!response.ok) {
      try {
        const parsed = JSON.parse(body) as { title?: string; detail?: string; type?: string; requestId?: string };
        problem = [parsed.type, parsed.title, parsed.detail].filter(Boolean).join(' | ');
        requestId = parsed.requestId;
      } catch {
        problem = body.slice(0, 200);
      }
    }
    return { kind, sentAt, ms: Date.now() - sentAt, status: response.status, contentType, problem, requestId };
  } catch (error) {
    return { kind, sentAt, ms: Date.now() - sentAt, status: 0, contentType: '', problem: (error as Error).name };
  }
}

function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) {
    const key = `${answer.kind} ${answer.status}${answer.status >= 400 ? ` ${answer.contentType.split(';')[0]}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export async function postgresRestartFault(): Promise<ScenarioResult> {
  const postgres = await new PostgresServer(await freePort()).init();
  await postgres.start();
  const redis = await new RedisServer(await freePort()).start();
  const port = await freePort();
  const database = await createDisposableDatabase(postgres.url, 'stacks_faults', { migrate: true });
  const api = new AppProcess('apps/api/src/main.ts', {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    API_PORT: String(port),
    JWT_ACCESS_SECRET: BENCH_JWT_SECRET,
    QUEUE_PREFIX: 'stacks-faults-pg',
    DATABASE_POOL_SIZE: '10',
    LOG_LEVEL: 'warn',
  });
  try {
    const fixtures = await seedBenchFixtures(database.url, { series: 4, sessionsPerSeries: 3, learners: 60 }); // few learners, many events each: series get finished
    const slugs = Array.from({ length: 12 }, (_, index) => `bench-session-bench-series-${Math.floor(index / 3) + 1}-${(index % 3) + 1}`);
    api.start();
    await api.waitForHealth(`http://127.0.0.1:${port}/health`);
    const base = `http://127.0.0.1:${port}`;

    const answers: Answer[] = [];
    let running = true;
    const writer = async () => {
      while (running) {
        const learner = Math.floor(Math.random() * fixtures.tokens.length);
        answers.push(
          await send('write', `${base}/api/v1/me/completion-events`, {
            method: 'POST',
            headers: { authorization: `Bearer ${fixtures.tokens[learner]}`, 'content-type': 'application/json' },
            body: JSON.stringify({ session: slugs[Math.floor(Math.random() * slugs.length)], source: 'RECORDING_VIEWED', viewedPercent: 60 + Math.floor(Math.random() * 41) }),
          }),
        );
      }
    };
    const prober = async () => {
      while (running) {
        answers.push(await send('ready', `${base}/health/ready`, {}));
        await sleep(100);
      }
    };
    const loops = [...Array.from({ length: WRITERS }, writer), prober()];

    await sleep(4_000);
    const stoppedAt = Date.now();
    await postgres.stop();
    const stopReturnedAt = Date.now();
    await sleep(OUTAGE_MS);
    await postgres.start();
    const startedAt = Date.now();
    // Keep the load on until both writes and readiness have answered 2xx for a while, or give up.
    const recoveredAt = (kind: Answer['kind']) => answers.find((answer) => answer.kind === kind && answer.sentAt >= startedAt && answer.status >= 200 && answer.status < 300)?.sentAt;
    const deadline = Date.now() + RECOVERY_LIMIT_S * 1000;
    while (Date.now() < deadline && (!recoveredAt('write') || !recoveredAt('ready'))) await sleep(200);
    await sleep(3_000);
    running = false;
    await Promise.all(loops);

    // A request in flight when PostgreSQL went down belongs to the outage, not to the steady state before it.
    const before = answers.filter((answer) => answer.sentAt + answer.ms < stoppedAt);
    const during = answers.filter((answer) => answer.sentAt + answer.ms >= stoppedAt && answer.sentAt < startedAt);
    const after = answers.filter((answer) => answer.sentAt >= startedAt);
    const writeRecovery = recoveredAt('write');
    const readyRecovery = recoveredAt('ready');
    // After the first 2xx, is anything still failing? (A pool that never heals shows up here.)
    const afterRecovery = after.filter((answer) => writeRecovery !== undefined && answer.sentAt > writeRecovery + 1_000);
    const serverErrors = answers.filter((answer) => answer.status >= 500 && answer.status !== 503);
    const nonProblem503 = answers.filter((answer) => answer.status === 503 && !answer.contentType.startsWith('application/problem+json'));
    const noAnswer = during.filter((answer) => answer.status === 0);
    const slowest = Math.max(0, ...during.map((answer) => answer.ms));

    const consistency = await checkConsistency(database.url);
    const causes = serverErrorCauses(api.output.join(''), new Set(serverErrors.map((answer) => answer.requestId ?? '')));
    const failures: string[] = [];
    if (before.some((answer) => answer.status !== 200 && answer.status !== 201)) failures.push(`errors before the outage: ${JSON.stringify(tally(before))}`);
    if (serverErrors.length) failures.push(`${serverErrors.length} answers were 5xx other than 503; causes in the API log: ${JSON.stringify(causes)}`);
    if (nonProblem503.length) failures.push(`${nonProblem503.length} 503 answers were not problem+json`);
    if (noAnswer.length) failures.push(`${noAnswer.length} requests got no answer during the outage`);
    if (slowest > HANG_MS) failures.push(`slowest answer during the outage took ${slowest} ms (> ${HANG_MS} ms)`);
    if (!writeRecovery || !readyRecovery) failures.push(`no 2xx within ${RECOVERY_LIMIT_S} s of the restart`);
    if (afterRecovery.some((answer) => answer.status >= 300)) failures.push(`errors after recovery: ${JSON.stringify(tally(afterRecovery))}`);
    failures.push(...consistency.problems);

    const outageProblems = [...new Set(during.filter((answer) => answer.status >= 400).map((answer) => `${answer.kind} ${answer.status}: ${answer.problem}`))];
    return {
      name: 'postgres-restart',
      passed: failures.length === 0,
      summary:
        `outage ${((startedAt - stoppedAt) / 1000).toFixed(1)} s; during it ${JSON.stringify(tally(during))}, slowest ${slowest} ms; ` +
        `2xx again ${writeRecovery ? ((writeRecovery - startedAt) / 1000).toFixed(2) : '—'} s (writes) / ${readyRecovery ? ((readyRecovery - startedAt) / 1000).toFixed(2) : '—'} s (ready) after start; ` +
        `${consistency.counts.sessionCompletions} completions, ${consistency.counts.seriesUnlocks} unlocks, none half-written: ${consistency.problems.length === 0}`,
      failures,
      figures: {
        writers: WRITERS,
        outageSeconds: (startedAt - stoppedAt) / 1000,
        pgStopSeconds: (stopReturnedAt - stoppedAt) / 1000,
        answersBefore: tally(before),
        answersDuringOutage: tally(during),
        answersAfterRestart: tally(after),
        outageProblems,
        serverErrorCauses: causes,
        slowestOutageAnswerMs: slowest,
        writeRecoverySeconds: writeRecovery ? (writeRecovery - startedAt) / 1000 : null,
        readyRecoverySeconds: readyRecovery ? (readyRecovery - startedAt) / 1000 : null,
        database: consistency.counts,
      },
    };
  } finally {
    await api.stop();
    // The API's own log of the run, for tracing any 5xx back to its cause.
    mkdirSync('tmp/faults', { recursive: true });
    writeFileSync('tmp/faults/api-postgres-restart.log', api.output.join(''));
    await redis.stop();
    await postgres.destroy();
  }
}

/** SQL over what the run left behind: every qualifying event completed, every met series unlocked once and announced once. */
async function checkConsistency(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
    const counts = {
      completionEvents: await one(`SELECT count(*) AS n FROM "CompletionEvent"`),
      sessionCompletions: await one(`SELECT count(*) AS n FROM "SessionCompletion"`),
      seriesUnlocks: await one(`SELECT count(*) AS n FROM "SeriesUnlock"`),
      outboxRows: await one(`SELECT count(*) AS n FROM "OutboxEvent"`),
      qualifyingWithoutCompletion: await one(
        `SELECT count(*) AS n FROM "CompletionEvent" e
          WHERE e.source = 'RECORDING_VIEWED' AND e."viewedPercent" >= ${THRESHOLD}
            AND NOT EXISTS (SELECT 1 FROM "SessionCompletion" c WHERE c."userId" = e."userId" AND c."sessionId" = e."sessionId")`,
      ),
      completionsWithoutOutbox: await one(
        `SELECT count(*) AS n FROM "SessionCompletion" c
          WHERE NOT EXISTS (SELECT 1 FROM "OutboxEvent" o WHERE o."jobId" = 'session-completed.' || c."userId" || '.' || c."sessionId")`,
      ),
      satisfiedWithoutUnlock: await one(
        `SELECT count(*) AS n FROM (
           SELECT c."userId", s."seriesId" FROM "SessionCompletion" c JOIN "Session" s ON s.id = c."sessionId"
            GROUP BY c."userId", s."seriesId"
           HAVING count(*) = (SELECT count(*) FROM "Session" x WHERE x."seriesId" = s."seriesId")) met
          WHERE NOT EXISTS (SELECT 1 FROM "SeriesUnlock" u WHERE u."userId" = met."userId" AND u."seriesId" = met."seriesId")`,
      ),
      unlocksWithoutOutbox: await one(
        `SELECT count(*) AS n FROM "SeriesUnlock" u
          WHERE (SELECT count(*) FROM "OutboxEvent" o WHERE o."jobId" = 'series-unlocked.' || u."userId" || '.' || u."seriesId") <> 1`,
      ),
      duplicateOutboxJobIds: await one(`SELECT count(*) AS n FROM (SELECT "jobId" FROM "OutboxEvent" GROUP BY "jobId" HAVING count(*) > 1) d`),
    };
    const problems: string[] = [];
    if (counts.qualifyingWithoutCompletion) problems.push(`${counts.qualifyingWithoutCompletion} qualifying events without a SessionCompletion`);
    if (counts.completionsWithoutOutbox) problems.push(`${counts.completionsWithoutOutbox} completions without their outbox row`);
    if (counts.satisfiedWithoutUnlock) problems.push(`${counts.satisfiedWithoutUnlock} satisfied series without a SeriesUnlock`);
    if (counts.unlocksWithoutOutbox) problems.push(`${counts.unlocksWithoutOutbox} unlocks without exactly one outbox row`);
    if (counts.sessionCompletions === 0 || counts.seriesUnlocks === 0) problems.push('the run produced no completions or unlocks to check');
    return { counts, problems };
  } finally {
    await client.end();
  }
}

/** What the API logged for the requests it answered with a 500: error type, code and first application frame. */
function serverErrorCauses(log: string, requestIds: Set<string>): Record<string, number> {
  const causes: Record<string, number> = {};
  for (const line of log.split('\n')) {
    if (!line.includes('"request failed"')) continue;
    try {
      const entry = JSON.parse(line) as { requestId?: string; err?: { type?: string; code?: string; message?: string; stack?: string } };
      if (!requestIds.has(String(entry.requestId))) continue;
      const frame = entry.err?.stack?.split('\n').find((stackLine) => stackLine.includes('/apps/') || stackLine.includes('/libs/') || stackLine.includes('adapter-pg'))?.trim();
      const key = `${entry.err?.type} ${entry.err?.code ?? '(no code)'}: ${entry.err?.message} ${frame ?? ''}`;
      causes[key] = (causes[key] ?? 0) + 1;
    } catch {
      // a line that is not JSON (the process's own startup output)
    }
  }
  return causes;
}

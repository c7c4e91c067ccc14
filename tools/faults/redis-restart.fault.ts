// Redis restarted empty (no persistence) while the worker is delivering reminders that learners
// got by enrolling through the API: the API's readiness must come back, and the worker must rebuild
// what Redis lost from PostgreSQL so that every reminder still goes out exactly once.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createDisposableDatabase } from '@stacks/db/testing';
import pg from 'pg';
import { BENCH_JWT_SECRET, seedBenchFixtures } from '../bench/lib/bench-fixtures.js';
import { AppProcess, freePort, RedisServer, sleep, waitFor } from '@stacks/test-processes';
import { loadRepoModule, PostgresServer } from './lib/processes.js';
import type { ScenarioResult } from './scenario.js';

const LEARNERS_NOW = 80; // reminder due at once: delivery is under way when Redis goes
const LEARNERS_LATER = 40; // reminder due ~25 s later: a delayed job Redis loses outright
const SMTP_DELAY_MS = 100;
const REDIS_DOWN_MS = 2_000;
const TOKEN = 'faults-discord-token';
const HOUR = 3_600_000;

interface SmtpCatcher {
  messages: unknown[];
  url: string;
  start(): Promise<SmtpCatcher>;
  stop(): Promise<void>;
  messageIds(): string[];
}
interface WorkerDiscordStandIn {
  directMessages: { recipientId: string; nonce: string | undefined }[];
  directMessagePosts: number;
  apiBaseUrl: string;
  close(): Promise<void>;
}

export async function redisRestartFault(): Promise<ScenarioResult> {
  const { SmtpCatcher } = await loadRepoModule<{ SmtpCatcher: new (delayMs: number) => SmtpCatcher }>('libs/test-processes/src/smtp-catcher.ts');
  const { DiscordStandIn } = await loadRepoModule<{ DiscordStandIn: { start(options: { token: string }): Promise<WorkerDiscordStandIn> } }>('libs/test-processes/src/discord-stand-in.ts');
  const postgres = await new PostgresServer(await freePort()).init();
  await postgres.start();
  const redis = await new RedisServer(await freePort()).start();
  const smtp = await new SmtpCatcher(SMTP_DELAY_MS).start();
  const discord = await DiscordStandIn.start({ token: TOKEN });
  const database = await createDisposableDatabase(postgres.url, 'stacks_faults', { migrate: true });
  const apiPort = await freePort();
  const workerHealthPort = await freePort();
  const shared = { DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: 'stacks-faults-redis', LOG_LEVEL: 'info' };
  const api = new AppProcess('apps/api/src/main.ts', { ...shared, API_PORT: String(apiPort), JWT_ACCESS_SECRET: BENCH_JWT_SECRET });
  const worker = new AppProcess('apps/worker/src/main.ts', {
    ...shared,
    WORKER_HEALTH_PORT: String(workerHealthPort),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Stacks <reminders@stacks.test>',
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE_URL: discord.apiBaseUrl,
    REMINDER_OFFSETS_MINUTES: '60',
    NOTIFICATION_CONCURRENCY: '4',
    NOTIFICATION_LOCK_SECONDS: '2',
    NOTIFICATION_BACKOFF_MS: '200',
    EMAIL_RATE_PER_SECOND: '1000',
    DISCORD_RATE_PER_SECOND: '1000',
  });
  const client = new pg.Client({ connectionString: database.url });
  try {
    const fixtures = await seedBenchFixtures(database.url, { series: 1, sessionsPerSeries: 1, learners: LEARNERS_NOW + LEARNERS_LATER });
    await client.connect();
    const now = Date.now();
    const sessions = { now: `faults-live-now-${randomBytes(3).toString('hex')}`, later: `faults-live-later-${randomBytes(3).toString('hex')}` };
    // The 60-minute reminder of the first session fell due 5 s ago (inside the grace window); the second's falls due in 25 s.
    for (const [slug, startsAt] of [[sessions.now, now + HOUR - 5_000], [sessions.later, now + HOUR + 25_000]] as const) {
      await client.query(
        `INSERT INTO "Session" (id, "programId", slug, title, description, type, "startsAt", "endsAt", "joinUrl", "libraryTypes", "updatedAt")
         SELECT gen_random_uuid(), id, $1, 'Fault drill clinic', 'A live session for the Redis fault run.', 'WEBINAR', $2, $3, 'https://meet.example.org/drill', '{}', now()
           FROM "Program" WHERE slug = 'bench-program'`,
        [slug, new Date(startsAt), new Date(startsAt + HOUR)],
      );
    }
    await client.query(
      `INSERT INTO "DiscordAccountLink" ("userId", "discordUserId") SELECT id, (100000000000000000 + row_number() OVER (ORDER BY email))::text FROM "User"`,
    );

    api.start();
    worker.start();
    await api.waitForHealth(`http://127.0.0.1:${apiPort}/health`);
    await worker.waitForHealth(`http://127.0.0.1:${workerHealthPort}/health`);
    const base = `http://127.0.0.1:${apiPort}`;

    // Learners enrol through the API: each enrolment writes a plan request to the outbox.
    const enrolStatuses: Record<string, number> = {};
    const enrol = async (token: string, slug: string) => {
      const response = await fetch(`${base}/api/v1/sessions/${slug}/enrolment`, { method: 'PUT', headers: { authorization: `Bearer ${token}` } });
      enrolStatuses[response.status] = (enrolStatuses[response.status] ?? 0) + 1;
    };
    const tokens = fixtures.tokens;
    for (let index = 0; index < tokens.length; index += 8) {
      await Promise.all(tokens.slice(index, index + 8).map((token, offset) => enrol(token, index + offset < LEARNERS_NOW ? sessions.now : sessions.later)));
    }

    await waitFor(() => smtp.messages.length >= 20, 60_000, 'reminder delivery to be under way');
    const sentBeforeRestart = smtp.messages.length;
    const readyAnswers: { at: number; status: number }[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const at = Date.now();
        const status = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(10_000) }).then((response) => response.status, () => 0);
        readyAnswers.push({ at, status });
        await sleep(100);
      }
    })();
    const stoppedAt = Date.now();
    await redis.stop();
    await sleep(REDIS_DOWN_MS);
    await redis.start(); // empty: every queued, delayed and scheduled job is gone
    const restartedAt = Date.now();
    const readyAgain = await waitFor(() => readyAnswers.find((answer) => answer.at >= restartedAt && answer.status === 200), 30_000, 'API readiness after the Redis restart').catch(() => undefined);

    const totalLearners = LEARNERS_NOW + LEARNERS_LATER;
    const sentRows = async () =>
      Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "NotificationDelivery" WHERE kind = 'session-reminder' AND status = 'SENT'`)).rows[0].n);
    const firstSessionSent = async () =>
      Number(
        (
          await client.query<{ n: string }>(
            `SELECT count(*) AS n FROM "NotificationDelivery" d JOIN "Enrolment" e ON e."userId" = d."userId" JOIN "Session" s ON s.id = e."sessionId"
              WHERE s.slug = $1 AND d.kind = 'session-reminder' AND d.status = 'SENT'`,
            [sessions.now],
          )
        ).rows[0].n,
      );
    const firstSessionSentAt = await waitFor(async () => (await firstSessionSent()) === LEARNERS_NOW * 2 && Date.now(), 60_000, 'the interrupted batch').catch(() => undefined);
    const allSentAt = await waitFor(async () => (await sentRows()) === totalLearners * 2 && Date.now(), 90_000, 'every reminder to be sent').catch(() => undefined);
    await sleep(2_000); // anything doubled would show up now
    probing = false;
    await probe;

    const ledger = (
      await client.query<{ channel: string; status: string; n: string }>(
        `SELECT channel, status, count(*) AS n FROM "NotificationDelivery" WHERE kind = 'session-reminder' GROUP BY channel, status ORDER BY 1, 2`,
      )
    ).rows.map((row) => `${row.channel}:${row.status}:${row.n}`);
    const duplicateKeys = Number(
      (await client.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT key, channel FROM "NotificationDelivery" GROUP BY key, channel HAVING count(*) > 1) d`)).rows[0].n,
    );
    const messageIds = smtp.messageIds();
    const uniqueEmails = new Set(messageIds).size;
    const dmRecipients = new Set(discord.directMessages.map((message) => message.recipientId)).size;
    const workerLog = worker.output.join('');
    const duringOutage = readyAnswers.filter((answer) => answer.at >= stoppedAt && answer.at < restartedAt);

    const failures: string[] = [];
    if (enrolStatuses['201'] !== totalLearners) failures.push(`enrolments answered ${JSON.stringify(enrolStatuses)}`);
    if (!readyAgain) failures.push('API readiness not 200 within 30 s of the Redis restart');
    if (!allSentAt) failures.push(`only ${await sentRows()} of ${totalLearners * 2} ledger rows SENT within 90 s`);
    if (duplicateKeys) failures.push(`${duplicateKeys} key/channel pairs have more than one ledger row`);
    if (uniqueEmails !== totalLearners) failures.push(`${uniqueEmails} distinct reminder emails, expected ${totalLearners}`);
    if (discord.directMessages.length !== totalLearners || dmRecipients !== totalLearners) failures.push(`${discord.directMessages.length} Discord DMs to ${dmRecipients} members, expected ${totalLearners}`);
    if (!workerLog.includes('reminders reconciled')) failures.push('the worker never logged a reconcile');
    const repeatedEmails = messageIds.length - uniqueEmails;

    mkdirSync('tmp/faults', { recursive: true });
    writeFileSync('tmp/faults/worker-redis-restart.log', workerLog);
    return {
      name: 'redis-restart',
      passed: failures.length === 0,
      summary:
        `Redis down ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s after ${sentBeforeRestart} of ${totalLearners} emails; ready during outage ${JSON.stringify(countBy(duringOutage))}, ` +
        `200 again ${readyAgain ? ((readyAgain.at - restartedAt) / 1000).toFixed(2) : '—'} s after restart; interrupted batch done ${firstSessionSentAt ? ((firstSessionSentAt - restartedAt) / 1000).toFixed(1) : '—'} s and all ${totalLearners * 2} reminders SENT ${allSentAt ? ((allSentAt - restartedAt) / 1000).toFixed(1) : '—'} s after restart; ` +
        `ledger ${ledger.join(' ')}; ${uniqueEmails} distinct emails (${repeatedEmails} repeated SMTP sends), ${discord.directMessages.length} DMs`,
      failures,
      figures: {
        learners: totalLearners,
        enrolStatuses,
        emailsBeforeRestart: sentBeforeRestart,
        redisDownSeconds: (restartedAt - stoppedAt) / 1000,
        readyDuringOutage: countBy(duringOutage),
        readyRecoverySeconds: readyAgain ? (readyAgain.at - restartedAt) / 1000 : null,
        interruptedBatchDoneSecondsAfterRestart: firstSessionSentAt ? (firstSessionSentAt - restartedAt) / 1000 : null,
        laterReminderDueSecondsAfterRestart: (now + 25_000 - restartedAt) / 1000,
        allSentSecondsAfterRestart: allSentAt ? (allSentAt - restartedAt) / 1000 : null,
        ledger,
        duplicateLedgerKeys: duplicateKeys,
        distinctEmails: uniqueEmails,
        repeatedSmtpSends: repeatedEmails,
        discordMessages: discord.directMessages.length,
        discordPosts: discord.directMessagePosts,
        workerReconnectLogged: workerLog.includes('redis reconnected'),
        reconcileLogLines: workerLog.split('\n').filter((line) => line.includes('reminders reconciled')).length,
      },
    };
  } finally {
    await client.end().catch(() => undefined);
    await Promise.all([api.stop(), worker.stop()]);
    await Promise.all([smtp.stop(), discord.close(), redis.stop()]);
    await postgres.destroy();
  }
}

function countBy(answers: { status: number }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}

import { parseConfig } from '@stacks/config';
import { type PrismaClient, PrismaService } from '@stacks/db';
import { jobIdOf, JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { emailMessageId, sessionReminderKey } from '@stacks/notifications';
import { Queue } from 'bullmq';
import { DiscordStandIn } from '@stacks/test-processes/discord-stand-in';
import { createReminderFixture, type ReminderFixture } from '../../testing/fixtures.js';
import { createOwnDatabase } from '../../testing/own-database.js';
import { freePort, PROCESS_START_TIMEOUT_MS, RedisServer, SmtpCatcher, waitFor } from '@stacks/test-processes';
import { WorkerProcess } from '../../testing/processes.js';

const HOUR = 3_600_000;
const CONCURRENCY = 4;
const TOKEN = 'fault-test-token';

let databaseUrl = '';

function workerEnv(prefix: string, smtp: SmtpCatcher, discord: DiscordStandIn, extra: Record<string, string> = {}) {
  return {
    QUEUE_PREFIX: prefix,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Stacks <reminders@stacks.test>',
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE_URL: discord.apiBaseUrl,
    REMINDER_OFFSETS_MINUTES: '60',
    NOTIFICATION_LOCK_SECONDS: '2',
    NOTIFICATION_BACKOFF_MS: '200',
    NOTIFICATION_CONCURRENCY: String(CONCURRENCY),
    EMAIL_RATE_PER_SECOND: '1000',
    DISCORD_RATE_PER_SECOND: '1000',
    ...extra,
  };
}

/** Message-IDs the fixture's reminders must arrive with, one per learner. */
function expectedMessageIds(fixture: ReminderFixture, startsAt: Date): string[] {
  return fixture.learners
    .map((learner) => emailMessageId(sessionReminderKey({ sessionId: fixture.sessionId, userId: learner.id, startsAt, offsetMinutes: 60 }), 'stacks.test'))
    .sort();
}

function deliveredOnce(smtp: SmtpCatcher, discord: DiscordStandIn, fixture: ReminderFixture, startsAt: Date) {
  const expected = expectedMessageIds(fixture, startsAt);
  const received = smtp.messageIds().filter((id) => expected.includes(id));
  const dms = discord.directMessages.filter((message) => fixture.learners.some((learner) => learner.discordUserId === message.recipientId));
  return { expected, received, unique: [...new Set(received)].sort(), dms };
}

describe('reminder delivery under faults (worker child processes)', () => {
  const baseConfig = parseConfig(process.env);
  let prisma: PrismaClient;
  let database: Awaited<ReturnType<typeof createOwnDatabase>>;

  beforeAll(async () => {
    database = await createOwnDatabase('faults');
    databaseUrl = database.url;
    prisma = new PrismaService(parseConfig({ ...process.env, DATABASE_URL: database.url }));
  }, 30_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  const planOn = async (redisUrl: string, prefix: string, sessionId: string) => {
    const queue = new Queue(QueueName.Reminders, { connection: redisConnectionOptions(redisUrl), prefix });
    await queue.add(JobName.PlanSessionReminders, { sessionId, reason: 'test' }, { jobId: jobIdOf(JobName.PlanSessionReminders, { sessionId }) });
    await queue.close();
  };

  it('kill -9 of the worker mid-batch, then a restart: every reminder delivered exactly once; then SMTP down and up: retried, delivered once', async () => {
    const prefix = `${process.env.QUEUE_PREFIX}-kill`;
    const smtp = await new SmtpCatcher(30).start();
    const discord = await DiscordStandIn.start({ token: TOKEN });
    let worker = await new WorkerProcess(workerEnv(prefix, smtp, discord)).start();
    try {
      // The 60-minute reminder passed 5 s ago: inside the grace window, so all go out at once.
      const startsAt = new Date(Date.now() + HOUR - 5_000);
      const fixture = await createReminderFixture(prisma, { learners: 60, startsAt });
      await planOn(baseConfig.REDIS_URL, prefix, fixture.sessionId);
      await waitFor(() => smtp.messages.length >= 10, 20_000, 'the batch to be under way');
      await worker.kill();
      const atKill = deliveredOnce(smtp, discord, fixture, startsAt);
      expect(atKill.unique.length).toBeLessThan(60); // really mid-batch

      worker = await new WorkerProcess(workerEnv(prefix, smtp, discord)).start();
      await waitFor(() => {
        const state = deliveredOnce(smtp, discord, fixture, startsAt);
        return state.unique.length === 60 && state.dms.length === 60;
      }, 30_000, 'all 60 reminders after the restart');
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // nothing else trickles in
      const done = deliveredOnce(smtp, discord, fixture, startsAt);
      expect(done.unique).toEqual(done.expected);
      // Discord dedupes on the nonce: exactly one DM per learner even if a send was repeated.
      expect(done.dms).toHaveLength(60);
      expect(new Set(done.dms.map((message) => message.recipientId)).size).toBe(60);
      // SMTP has no dedupe: at most the sends in flight at the kill can be repeated (same Message-ID).
      expect(done.received.length - 60).toBeLessThanOrEqual(CONCURRENCY);
      const ledger = await prisma.notificationDelivery.groupBy({ by: ['channel', 'status'], where: { userId: { in: fixture.learners.map((l) => l.id) } }, _count: true });
      expect(ledger.map((row) => `${row.channel}:${row.status}:${row._count}`).sort()).toEqual(['DISCORD:SENT:60', 'EMAIL:SENT:60']);

      // SMTP outage: the reminders fall due while the server is down and are retried with backoff.
      const port = smtp.port;
      await smtp.stop();
      const laterStart = new Date(Date.now() + HOUR + 1_000);
      const outage = await createReminderFixture(prisma, { learners: 3, startsAt: laterStart, discord: false });
      await planOn(baseConfig.REDIS_URL, prefix, outage.sessionId);
      const userIds = outage.learners.map((learner) => learner.id);
      await waitFor(async () => (await prisma.notificationDelivery.count({ where: { userId: { in: userIds }, status: 'FAILED' } })) === 3, 10_000, 'failed attempts');
      const before = smtp.messages.length;
      await smtp.start(port);
      await waitFor(async () => (await prisma.notificationDelivery.count({ where: { userId: { in: userIds }, status: 'SENT' } })) === 3, 15_000, 'delivery after SMTP is back');
      const afterOutage = deliveredOnce(smtp, discord, outage, laterStart);
      expect([...afterOutage.received].sort()).toEqual(afterOutage.expected);
      expect(smtp.messages.length - before).toBe(3);
      const rows = await prisma.notificationDelivery.findMany({ where: { userId: { in: userIds } } });
      for (const row of rows) {
        expect(row.attempts).toBeGreaterThan(1);
        expect(row.lastError).toBeNull();
      }
    } finally {
      await worker.kill();
      await Promise.all([smtp.stop(), discord.close()]);
    }
  }, 2 * PROCESS_START_TIMEOUT_MS + 60_000);

  it('Redis restarted (losing every job) during processing: no reminder lost, none doubled', async () => {
    const redis = await new RedisServer(await freePort()).start();
    const prefix = `${process.env.QUEUE_PREFIX}-redis`;
    const smtp = await new SmtpCatcher(40).start();
    const discord = await DiscordStandIn.start({ token: TOKEN });
    const worker = await new WorkerProcess(workerEnv(prefix, smtp, discord, { REDIS_URL: redis.url })).start();
    try {
      const startsAt = new Date(Date.now() + HOUR - 5_000);
      const fixture = await createReminderFixture(prisma, { learners: 40, startsAt });
      await planOn(redis.url, prefix, fixture.sessionId);
      await waitFor(() => smtp.messages.length >= 8, 20_000, 'the batch to be under way');
      await redis.stop();
      expect(deliveredOnce(smtp, discord, fixture, startsAt).unique.length).toBeLessThan(40);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await redis.start(); // empty: no persistence

      await waitFor(() => {
        const state = deliveredOnce(smtp, discord, fixture, startsAt);
        return state.unique.length === 40 && state.dms.length === 40;
      }, 30_000, 'all 40 reminders after the Redis restart');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const done = deliveredOnce(smtp, discord, fixture, startsAt);
      expect(done.unique).toEqual(done.expected);
      expect(done.dms).toHaveLength(40);
      expect(done.received.length - 40).toBeLessThanOrEqual(CONCURRENCY);
      expect(worker.output.join('')).toContain('redis reconnected');
      // The maintenance schedules (outbox sweep, status list refresh, sign-in purge) were lost with Redis too; the worker puts them back.
      const maintenance = new Queue(QueueName.Maintenance, { connection: redisConnectionOptions(redis.url), prefix });
      try {
        await waitFor(async () => Boolean(await maintenance.getJobScheduler(JobName.RelayOutbox)), 10_000, 'the outbox schedule to be restored');
        await waitFor(async () => Boolean(await maintenance.getJobScheduler(JobName.RefreshStatusLists)), 10_000, 'the status list refresh schedule to be restored');
        await waitFor(async () => Boolean(await maintenance.getJobScheduler(JobName.PurgeExpiredSignIns)), 10_000, 'the sign-in purge schedule to be restored');
      } finally {
        await maintenance.close();
      }
    } finally {
      await worker.kill();
      await redis.stop();
      await Promise.all([smtp.stop(), discord.close()]);
    }
  }, 2 * PROCESS_START_TIMEOUT_MS + 60_000);
});

// Reminder benchmarks, run as a child process by tools/bench (reminders.bench.ts) against a
// throw-away database and a queue prefix of their own. Prints one JSON line with the figures.
// The worker's own classes are loaded from apps/worker by path (a tool does not import an app).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { type AppConfig, parseConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { JobName, QueueName, type SendSessionReminderPayload } from '@stacks/queue-contracts';
import { JobQueues, redisConnectionOptions } from '@stacks/queues';
import { Queue } from 'bullmq';
import { drain } from './drain.js';
import { drainRawDelivery } from './raw-delivery.js';

const SCHEDULED_LEARNERS = Number(process.env.BENCH_REMINDER_LEARNERS ?? 50_000); // x 2 offsets
const THROUGHPUT_JOBS = Number(process.env.BENCH_REMINDER_JOBS ?? 4_000);
const LATENESS_JOBS = Number(process.env.BENCH_LATENESS_JOBS ?? 1_000);
const CONCURRENCY = Number(process.env.NOTIFICATION_CONCURRENCY ?? 64);

const config = parseConfig({ ...process.env, REMINDER_OFFSETS_MINUTES: '1440,60', NOTIFICATION_CONCURRENCY: String(CONCURRENCY) });
const connection = { ...redisConnectionOptions(config.REDIS_URL), maxRetriesPerRequest: null };
const prisma = new PrismaService(config);

/** The parts of the worker's classes the benchmark drives (apps/worker/src/app/…). */
interface WorkerParts {
  ReminderPlanner: new (prisma: PrismaService, config: AppConfig, jobs: JobQueues) => { plan(payload: { sessionId: string }): Promise<{ scheduled: number; kept: number }> };
  ChannelRegistry: new (config: AppConfig) => { replaceWith(channels: object[]): object };
  WorkerMetrics: new () => object;
  NotificationDispatcher: new (prisma: PrismaService, config: AppConfig, channels: object, metrics: object) => object;
  ReminderSender: new (prisma: PrismaService, config: AppConfig, dispatcher: object, metrics: object) => {
    sendReminder(payload: SendSessionReminderPayload, context: { finalAttempt: boolean }): Promise<{ sent: number } | { skipped: string }>;
  };
}

async function loadWorkerParts(): Promise<WorkerParts> {
  const load = async (path: string): Promise<Record<string, unknown>> => import(new URL(`../../../apps/worker/src/app/${path}`, import.meta.url).href) as Promise<Record<string, unknown>>;
  const modules = await Promise.all(
    ['reminders/reminder-planner.ts', 'notifications/channels/channel-registry.ts', 'metrics/worker-metrics.ts', 'notifications/notification-dispatcher.ts', 'reminders/reminder-sender.ts'].map(load),
  );
  return Object.assign({}, ...modules) as WorkerParts;
}

const { ReminderPlanner, ChannelRegistry, WorkerMetrics, NotificationDispatcher, ReminderSender } = await loadWorkerParts();

/** Accepts every message at once: measures everything but the network. */
const noopChannel = { channel: 'console' as const, send: async (): Promise<void> => undefined };

async function seed(learners: number, startsAt: Date): Promise<{ sessionId: string; userIds: string[] }> {
  const tag = randomUUID().slice(0, 8);
  const program = await prisma.program.create({
    data: { slug: `bench-${tag}`, title: 'Bench', kind: 'LEARNING_SERIES', summary: 'Bench', description: 'Bench', audience: 'Bench' },
  });
  const session = await prisma.session.create({
    data: { programId: program.id, slug: `bench-session-${tag}`, title: 'Bench session', description: 'Bench', type: 'WEBINAR', startsAt },
  });
  const userIds = Array.from({ length: learners }, () => randomUUID());
  for (let start = 0; start < learners; start += 5_000) {
    const chunk = userIds.slice(start, start + 5_000);
    await prisma.user.createMany({ data: chunk.map((id) => ({ id, email: `${id}@bench.example`, passwordHash: 'x', displayName: 'Bench learner' })) });
    await prisma.enrolment.createMany({ data: chunk.map((userId) => ({ userId, sessionId: session.id, status: 'ENROLLED' as const })) });
  }
  return { sessionId: session.id, userIds };
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

const runId = randomUUID().slice(0, 8);
const results: Record<string, unknown> = {};

// 1. Scheduling: one session, SCHEDULED_LEARNERS enrolled, two offsets each.
{
  const prefix = `stacks-bench-schedule-${runId}`;
  const queue = new Queue(QueueName.Reminders, { connection, prefix });
  const { sessionId } = await seed(SCHEDULED_LEARNERS, new Date(Date.now() + 3 * 86_400_000));
  const planner = new ReminderPlanner(prisma, config, new JobQueues(new Map([[QueueName.Reminders, queue]])));
  const started = performance.now();
  const plan = await planner.plan({ sessionId });
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const replan = await planner.plan({ sessionId });
  results.scheduling = {
    reminders: plan.scheduled,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(plan.scheduled / seconds),
    delayedInRedis: await queue.getDelayedCount(),
    replanSeconds: Number(((performance.now() - again) / 1000).toFixed(2)),
    replanKept: replan.kept,
  };
  await queue.obliterate({ force: true });
  // Baseline in the same run: BullMQ alone adding as many delayed jobs (addBulk, 1000 a call, 4 calls in flight).
  const rawQueue = new Queue('raw-schedule', { connection, prefix: `${prefix}-raw` });
  const rawStarted = performance.now();
  const rawBatches = Math.ceil(plan.scheduled / 1000);
  for (let index = 0; index < rawBatches; index += 4) {
    await Promise.all(
      Array.from({ length: Math.min(4, rawBatches - index) }, (_, offset) =>
        rawQueue.addBulk(
          Array.from({ length: 1000 }, (_, n) => ({
            name: 'noop',
            data: { sessionId, userId: `${index + offset}-${n}`, startsAt: new Date().toISOString(), offsetMinutes: 60, dueAt: new Date().toISOString() },
            opts: { jobId: `raw.${index + offset}.${n}`, delay: 86_400_000 },
          })),
        ),
      ),
    );
  }
  const rawAddBulkSeconds = (performance.now() - rawStarted) / 1000;
  Object.assign(results.scheduling as Record<string, unknown>, {
    rawAddBulkSeconds: Number(rawAddBulkSeconds.toFixed(2)),
    // Planning time over a bare addBulk of as many jobs, same run (target <= 1.5x).
    ratioToAddBulk: Number((seconds / rawAddBulkSeconds).toFixed(2)),
  });
  await rawQueue.obliterate({ force: true });
  await Promise.all([queue.close(), rawQueue.close()]);
}

const registry = new ChannelRegistry(config).replaceWith([noopChannel]);
const metrics = new WorkerMetrics();
const dispatcher = new NotificationDispatcher(prisma, config, registry, metrics);
const sender = new ReminderSender(prisma, config, dispatcher, metrics);

// 2. Throughput, same concurrency: Stacks send-session-reminder jobs (no-op channel) against the raw
// baseline doing the same durable work (bare BullMQ worker + pg: ledger claim and mark-sent per
// job), with raw BullMQ no-op jobs as the ceiling.
{
  const startsAt = new Date(Date.now() + 3_600_000);
  const { sessionId, userIds } = await seed(THROUGHPUT_JOBS, startsAt);
  const rawPrefix = `stacks-bench-raw-${runId}`;
  const stacksPrefix = `stacks-bench-send-${runId}`;
  const rawQueue = new Queue('raw', { connection, prefix: rawPrefix });
  const sendQueue = new Queue(QueueName.Reminders, { connection, prefix: stacksPrefix });
  const dueAt = new Date().toISOString();
  await rawQueue.addBulk(userIds.map((userId) => ({ name: 'noop', data: { userId }, opts: { removeOnComplete: true } })));
  const payloads: SendSessionReminderPayload[] = userIds.map((userId) => ({ sessionId, userId, startsAt: startsAt.toISOString(), offsetMinutes: 60, dueAt }));
  await sendQueue.addBulk(payloads.map((data) => ({ name: JobName.SendSessionReminder, data, opts: { removeOnComplete: true } })));
  const raw = await drain<unknown>('raw', THROUGHPUT_JOBS, { connection, prefix: rawPrefix, concurrency: CONCURRENCY }, async () => undefined);
  const durablePrefix = `stacks-bench-durable-${runId}`;
  const durableQueue = new Queue('raw-durable', { connection, prefix: durablePrefix });
  await durableQueue.addBulk(payloads.map((data) => ({ name: 'deliver', data, opts: { removeOnComplete: true } })));
  const rawDurable = await drainRawDelivery('raw-durable', THROUGHPUT_JOBS, { connection, prefix: durablePrefix, concurrency: CONCURRENCY }, {
    databaseUrl: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    leaseMs: config.NOTIFICATION_LOCK_SECONDS * 1000,
  });
  let sent = 0;
  const stacks = await drain<SendSessionReminderPayload>(QueueName.Reminders, THROUGHPUT_JOBS, { connection, prefix: stacksPrefix, concurrency: CONCURRENCY }, async (payload) => {
    const outcome = await sender.sendReminder(payload, { finalAttempt: false });
    if ('sent' in outcome) sent += outcome.sent;
  });
  results.throughput = {
    jobs: THROUGHPUT_JOBS,
    concurrency: CONCURRENCY,
    rawPerSecond: Math.round(raw),
    rawDurablePerSecond: Math.round(rawDurable),
    stacksPerSecond: Math.round(stacks),
    // Against the raw baseline doing the same durable work (target >= 0.7x).
    ratio: Number((stacks / rawDurable).toFixed(2)),
    // Against BullMQ alone: the ceiling.
    ceilingRatio: Number((stacks / raw).toFixed(2)),
    sent,
  };
  await Promise.all([rawQueue.obliterate({ force: true }), sendQueue.obliterate({ force: true }), durableQueue.obliterate({ force: true })]);
  await Promise.all([rawQueue.close(), sendQueue.close(), durableQueue.close()]);
}

// 3. Lateness: delayed reminder jobs spread over 5 s; actual pick-up minus due time.
{
  const startsAt = new Date(Date.now() + 3_600_000 + 60_000);
  const { sessionId, userIds } = await seed(LATENESS_JOBS, startsAt);
  const prefix = `stacks-bench-lateness-${runId}`;
  const queue = new Queue(QueueName.Reminders, { connection, prefix });
  const base = Date.now() + 2_000;
  const jobs = userIds.map((userId, index) => {
    const due = base + Math.floor((index / LATENESS_JOBS) * 5_000);
    return { userId, due, data: { sessionId, userId, startsAt: startsAt.toISOString(), offsetMinutes: 60, dueAt: new Date(due).toISOString() } };
  });
  await queue.addBulk(jobs.map((job) => ({ name: JobName.SendSessionReminder, data: job.data, opts: { delay: job.due - Date.now(), removeOnComplete: true } })));
  const lateness: number[] = [];
  await drain<SendSessionReminderPayload>(QueueName.Reminders, LATENESS_JOBS, { connection, prefix, concurrency: CONCURRENCY }, async (payload) => {
    lateness.push(Date.now() - new Date(payload.dueAt).getTime());
    await sender.sendReminder(payload, { finalAttempt: false });
  });
  results.lateness = { jobs: LATENESS_JOBS, p50Ms: percentile(lateness, 0.5), p99Ms: percentile(lateness, 0.99), maxMs: Math.max(...lateness), earliestMs: Math.min(...lateness) };
  await queue.obliterate({ force: true });
  await queue.close();
}

await prisma.$disconnect();
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);

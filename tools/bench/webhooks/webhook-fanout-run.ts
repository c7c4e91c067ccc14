// Webhook fan-out benchmark, run as a child process by tools/bench (webhook-fanout.bench.ts)
// against a throw-away database and queue prefixes of its own. Prints one JSON line.
// Stacks' path: integration-event jobs → IntegrationFanout (event and delivery rows, one
// deliver-webhook job per endpoint) → WebhookDeliverer (SSRF check, Standard Webhooks signature,
// HTTP POST, delivery log). Baselines in the same run: bare BullMQ doing the same fan-out and the
// same signed POSTs, without PostgreSQL; and the same plus the durable part any at-least-once
// sender needs (one delivery row per endpoint at fan-out, its outcome written after the POST),
// in raw SQL. The worker's classes are loaded from apps/worker by path.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AppConfig, parseConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { generateWebhookSecret, OutboundAgents, sendOutbound, signWebhook } from '@stacks/integrations';
import { type IntegrationEventPayload, IntegrationEventType, integrationEventPayload, JobName, QueueName } from '@stacks/queue-contracts';
import { JobQueues, redisConnectionOptions } from '@stacks/queues';
import { SecretBox } from '@stacks/secret-box';
import { type Job, Queue, Worker } from 'bullmq';
import pg from 'pg';

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 10_000);
const ENDPOINTS = 5;
const CONCURRENCY = Number(process.env.WEBHOOK_CONCURRENCY ?? 64);

const config = parseConfig({ ...process.env, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', WEBHOOK_CONCURRENCY: String(CONCURRENCY), NODE_ENV: 'development' });
const connection = { ...redisConnectionOptions(config.REDIS_URL), maxRetriesPerRequest: null };
const prisma = new PrismaService(config);
/** Secrets are stored sealed and opened per delivery, as in production (the API seals, the worker opens). */
const secrets = SecretBox.fromConfig(config.SECRETS_ENCRYPTION_KEYS, config.NODE_ENV);

interface WorkerParts {
  IntegrationFanout: new (prisma: PrismaService, config: AppConfig, jobs: JobQueues) => { fanOut(event: IntegrationEventPayload): Promise<unknown> };
  WebhookDeliverer: new (prisma: PrismaService, config: AppConfig, agents: OutboundAgents, secrets: SecretBox) => {
    deliver(payload: { deliveryId: string }, context: { attempt: number; finalAttempt: boolean }): Promise<{ status: string }>;
  };
}
const load = async (path: string): Promise<Record<string, unknown>> => import(new URL(`../../../apps/worker/src/app/${path}`, import.meta.url).href) as Promise<Record<string, unknown>>;
const { IntegrationFanout, WebhookDeliverer } = Object.assign({}, ...(await Promise.all(['integrations/integration-fanout.ts', 'integrations/webhook-deliverer.ts'].map(load)))) as WorkerParts;

/** Five local receivers answering 204; `received` counts requests across them. */
async function startReceivers(): Promise<{ urls: string[]; received: () => number; stop: () => Promise<void> }> {
  let received = 0;
  const servers: Server[] = [];
  for (let index = 0; index < ENDPOINTS; index += 1) {
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        received += 1;
        response.writeHead(204).end();
      });
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    servers.push(server);
  }
  return {
    urls: servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/${randomUUID().slice(0, 6)}`),
    received: () => received,
    async stop() {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

/** One worker on `queueName` until `target()` is reached; seconds from the first job. */
async function run(queueName: string, prefix: string, processor: (job: Job) => Promise<unknown>, done: () => boolean): Promise<number> {
  let started = 0;
  const worker = new Worker(
    queueName,
    async (job) => {
      if (started === 0) started = performance.now();
      await processor(job);
    },
    { connection, prefix, concurrency: CONCURRENCY, autorun: false },
  );
  worker.on('failed', (_job, error) => console.error('job failed', error.message));
  void worker.run();
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  return seconds;
}

const events = Array.from({ length: EVENTS }, (_, index) =>
  integrationEventPayload(IntegrationEventType.BadgeAwarded, `${randomUUID()}-${index}`, new Date(), {
    credentialId: randomUUID(),
    userId: randomUUID(),
    achievementId: randomUUID(),
    achievementName: 'Storytime Leader',
    credentialUrl: 'https://stacks.example/api/v1/credentials/x/page',
  }),
);
const runId = randomUUID().slice(0, 8);
const results: Record<string, unknown> = { events: EVENTS, endpoints: ENDPOINTS, concurrency: CONCURRENCY };

/**
 * Bare BullMQ + HTTP: the same fan-out and the same signed POSTs. `durable` adds the delivery log
 * in raw SQL (pg): the rows written at fan-out, each outcome written after its POST.
 */
async function baseline(durable: boolean): Promise<{ seconds: number; deliveriesPerSecond: number; received: number }> {
  const receivers = await startReceivers();
  const prefix = `stacks-bench-hooks-raw-${durable ? 'durable-' : ''}${runId}`;
  const queue = new Queue('raw-webhooks', { connection, prefix });
  const agents = new OutboundAgents({ maxSockets: CONCURRENCY });
  const secrets = receivers.urls.map(() => generateWebhookSecret());
  const pool = durable ? new pg.Pool({ connectionString: config.DATABASE_URL, max: 10 }) : null;
  await pool?.query('CREATE TABLE IF NOT EXISTS bench_webhook_delivery (id bigserial PRIMARY KEY, event_id text NOT NULL, endpoint int NOT NULL, status text NOT NULL, attempts int NOT NULL DEFAULT 0, response_status int, delivered_at timestamptz, UNIQUE (event_id, endpoint))');
  for (let start = 0; start < events.length; start += 1000) {
    await queue.addBulk(events.slice(start, start + 1000).map((data) => ({ name: 'event', data, opts: { jobId: `event.${data.eventId}`, removeOnComplete: true } })));
  }
  const seconds = await run(
    'raw-webhooks',
    prefix,
    async (job) => {
      if (job.name === 'event') {
        const event = job.data as IntegrationEventPayload;
        const ids = pool
          ? (
              await pool.query<{ id: string }>(
                `INSERT INTO bench_webhook_delivery (event_id, endpoint, status) SELECT $1, e, 'PENDING' FROM generate_series(0, $2 - 1) AS e
                 ON CONFLICT (event_id, endpoint) DO UPDATE SET status = bench_webhook_delivery.status RETURNING id`,
                [event.eventId, receivers.urls.length],
              )
            ).rows.map((row) => row.id)
          : [];
        await queue.addBulk(
          receivers.urls.map((url, index) => ({ name: 'deliver', data: { event, url, index, rowId: ids[index] }, opts: { jobId: `deliver.${event.eventId}.${index}`, removeOnComplete: true } })),
        );
        return;
      }
      const { event, url, index, rowId } = job.data as { event: IntegrationEventPayload; url: string; index: number; rowId?: string };
      const body = JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: { eventId: event.eventId, ...event.data } });
      const response = await sendOutbound(
        { url: new URL(url), method: 'POST', headers: signWebhook([secrets[index]], `msg_${job.id}`, new Date(), body), body, timeoutMs: 10_000, maxResponseBytes: 65_536, keepBytes: 1024 },
        agents,
      );
      if (response.status !== 204) throw new Error(`HTTP ${response.status}`);
      await pool?.query(`UPDATE bench_webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, response_status = $2, delivered_at = now() WHERE id = $1`, [rowId, response.status]);
    },
    () => receivers.received() >= EVENTS * ENDPOINTS,
  );
  const figures = { seconds: Number(seconds.toFixed(2)), deliveriesPerSecond: Math.round((EVENTS * ENDPOINTS) / seconds), received: receivers.received() };
  agents.destroy();
  await pool?.query('DROP TABLE bench_webhook_delivery');
  await pool?.end();
  await queue.obliterate({ force: true });
  await queue.close();
  await receivers.stop();
  return figures;
}

results.baseline = await baseline(false);
results.durableBaseline = await baseline(true);

// Stacks: the worker's fan-out and deliverer on the Integrations queue, PostgreSQL delivery log.
{
  const receivers = await startReceivers();
  await prisma.webhookEndpoint.createMany({ data: receivers.urls.map((url) => ({ url, eventTypes: [IntegrationEventType.BadgeAwarded], secret: secrets.seal(generateWebhookSecret()) })) });
  const prefix = `stacks-bench-hooks-${runId}`;
  const queue = new Queue(QueueName.Integrations, { connection, prefix });
  const jobs = new JobQueues(new Map([[QueueName.Integrations, queue]]));
  const agents = new OutboundAgents({ maxSockets: CONCURRENCY });
  const fanout = new IntegrationFanout(prisma, config, jobs);
  const deliverer = new WebhookDeliverer(prisma, config, agents, secrets);
  for (let start = 0; start < events.length; start += 1000) {
    // As the outbox relay publishes them: one integration-event job per fact.
    await jobs.addBulk(events.slice(start, start + 1000).map((data) => ({ job: { name: JobName.IntegrationEvent, data } })));
  }
  let failed = 0;
  const seconds = await run(
    QueueName.Integrations,
    prefix,
    async (job) => {
      if (job.name === JobName.IntegrationEvent) return fanout.fanOut(job.data as IntegrationEventPayload);
      const outcome = await deliverer.deliver(job.data as { deliveryId: string }, { attempt: 1, finalAttempt: false });
      if (outcome.status !== 'DELIVERED') failed += 1;
      return outcome;
    },
    () => receivers.received() >= EVENTS * ENDPOINTS,
  );
  // The last log writes may still be in flight when the last request arrives.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const delivered = await prisma.webhookDelivery.count({ where: { status: 'DELIVERED' } });
  results.stacks = { seconds: Number(seconds.toFixed(2)), deliveriesPerSecond: Math.round((EVENTS * ENDPOINTS) / seconds), received: receivers.received(), delivered, failed };
  agents.destroy();
  await queue.obliterate({ force: true });
  await queue.close();
  await receivers.stop();
}

const bare = results.baseline as { seconds: number };
const durableBare = results.durableBaseline as { seconds: number };
const stacks = results.stacks as { seconds: number };
// Throughput of Stacks over each baseline's, same run (target >= 0.6x of the bare one).
results.ratio = Number((bare.seconds / stacks.seconds).toFixed(2));
results.durableRatio = Number((durableBare.seconds / stacks.seconds).toFixed(2));
await prisma.$disconnect();
console.log(JSON.stringify(results));
process.exit(0);

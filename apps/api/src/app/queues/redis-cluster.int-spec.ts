import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { PrismaService } from '@stacks/db';
import { QueueName } from '@stacks/queue-contracts';
import { bullmqConnection, closeRedisConnection } from '@stacks/queues';
import { Queue } from 'bullmq';
import { registerLearner } from '../../testing/accounts.js';
import { createSeriesFixture, createSeriesWithBadge, ensurePrimaryIssuer } from '../../testing/catalogue-fixture.js';
import { startRedisCluster, type RedisClusterProcesses } from '../../testing/redis-cluster.js';
import { startTestApp, testConfig, type TestApp } from '../../testing/test-app.js';
import { type AppProcess, PROCESS_SETUP_TIMEOUT_MS, waitFor } from '@stacks/test-processes';
import { startWorker } from '../../testing/worker-process.js';

const run = promisify(execFile);

/**
 * The API and the real worker on a three-primary Redis Cluster (REDIS_CLUSTER_NODES) with a
 * hash-tagged QUEUE_PREFIX: rate limits, readiness, the outbox → learning events → badge flow and
 * reminder planning all run through it, and every queue key sits in the one slot the tag names.
 */
describe('on a Redis Cluster (hash-tagged queue prefix)', () => {
  let cluster: RedisClusterProcesses;
  let app: TestApp;
  let prisma: PrismaService;
  let worker: AppProcess;
  let settings: Record<string, string>;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    settings = { REDIS_CLUSTER_NODES: cluster.nodes, QUEUE_PREFIX: `{stacks-cluster-${randomUUID().slice(0, 8)}}` };
    app = await startTestApp(settings);
    prisma = app.nest.get(PrismaService);
    await ensurePrimaryIssuer(prisma);
    worker = await startWorker(settings);
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await cluster?.stop();
  }, 30_000);

  it('is ready, and a finished series earns its badge through the queues on the cluster', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    const series = await createSeriesWithBadge(prisma);
    const learner = await registerLearner(app, 'Clustered'); // sign-up passes the Redis rate limit
    for (const session of series.sessionSlugs) {
      const report = await app.inject({
        method: 'POST',
        url: '/api/v1/me/completion-events',
        headers: learner.auth,
        payload: { session, source: 'RECORDING_VIEWED', viewedPercent: 100 },
      });
      expect(report.statusCode).toBe(201);
    }
    const [badge] = await waitFor(async () => {
      const list = (await app.inject({ method: 'GET', url: '/api/v1/me/badges', headers: learner.auth })).json();
      return list.length > 0 ? list : null;
    }, 30_000, 'the worker to award the badge over the cluster');
    expect(badge).toMatchObject({ status: 'valid', achievement: { slug: series.achievementSlug } });
  }, 60_000);

  it('plans reminders for an enrolment as delayed jobs on the cluster', async () => {
    const live = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date(Date.now() + 3 * 86_400_000) });
    const learner = await registerLearner(app, 'Reminded');
    expect((await app.inject({ method: 'PUT', url: `/api/v1/sessions/${live.sessionSlugs[0]}/enrolment`, headers: learner.auth })).statusCode).toBe(201);
    const connection = bullmqConnection(testConfig(settings));
    const reminders = new Queue(QueueName.Reminders, { connection, prefix: settings.QUEUE_PREFIX });
    try {
      const delayed = await waitFor(async () => {
        const jobs = await reminders.getDelayed();
        const mine = jobs.filter((job) => job.data.userId === learner.id);
        return mine.length === 2 ? mine : null;
      }, 30_000, 'the 24 h and 1 h reminders to be planned');
      expect(delayed.map((job) => job.data.offsetMinutes).sort((a, b) => a - b)).toEqual([60, 1440]);
    } finally {
      await reminders.close();
      closeRedisConnection(connection);
    }
  }, 60_000);

  it('keeps every queue key in the one slot its hash tag names', async () => {
    const counts = await Promise.all(
      cluster.ports.map(async (port) => {
        const { stdout } = await run('redis-cli', ['-p', String(port), '--scan', '--pattern', `${settings.QUEUE_PREFIX}:*`]);
        return stdout.split('\n').filter(Boolean).length;
      }),
    );
    expect(counts.filter((count) => count > 0)).toHaveLength(1);
    expect(Math.max(...counts)).toBeGreaterThan(5);
    // And nothing went to the single-node Redis of REDIS_URL: every process used the cluster.
    const single = new URL(testConfig().REDIS_URL);
    const { stdout } = await run('redis-cli', ['-h', single.hostname, '-p', single.port || '6379', '--scan', '--pattern', `${settings.QUEUE_PREFIX}:*`]);
    expect(stdout.trim()).toBe('');
  });
});

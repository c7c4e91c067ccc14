import { parseConfig } from '@stacks/config';
import { OutboxRelay, type PrismaClient, PrismaService } from '@stacks/db';
import { QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { Queue } from 'bullmq';

describe('outbox relay', () => {
  const config = parseConfig(process.env);
  let prisma: PrismaClient;
  let queue: Queue;
  let relay: OutboxRelay;

  beforeAll(() => {
    prisma = new PrismaService(config);
    queue = new Queue(QueueName.LearningEvents, { connection: redisConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX });
    relay = new OutboxRelay(prisma, async (job, jobId) => {
      await queue.add(job.name, job.data, { jobId });
    });
  });
  afterAll(async () => {
    await queue.close();
    await prisma.$disconnect();
  });
  beforeEach(async () => {
    await prisma.outboxEvent.deleteMany();
    await queue.obliterate({ force: true });
  });

  const event = (n: number) => ({
    queue: QueueName.LearningEvents,
    jobName: 'series-unlocked',
    jobId: `series-unlocked.user-${n}.series-1`,
    payload: { userId: `user-${n}`, seriesId: 'series-1' },
  });

  it('publishes each pending event once and marks it published', async () => {
    await prisma.outboxEvent.createMany({ data: [event(1), event(2)] });
    expect(await relay.relayPending()).toEqual({ published: 2, failed: 0 });
    expect(await relay.relayPending()).toEqual({ published: 0, failed: 0 });
    const job = await queue.getJob('series-unlocked.user-1.series-1');
    expect(job?.data).toEqual({ userId: 'user-1', seriesId: 'series-1' });
    expect(await prisma.outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
  });

  it('never publishes a row twice when several relays sweep at once', async () => {
    await prisma.outboxEvent.createMany({ data: Array.from({ length: 30 }, (_, n) => event(n)) });
    const results = await Promise.all([relay.relayPending(), relay.relayPending(), relay.relayPending()]);
    expect(results.reduce((sum, result) => sum + result.published, 0)).toBe(30);
    expect(await queue.count()).toBe(30);
  });

  it('leaves an event pending when publishing fails, and a later sweep delivers it', async () => {
    await prisma.outboxEvent.create({ data: event(7) });
    const failing = new OutboxRelay(prisma, async () => {
      throw new Error('redis down');
    });
    expect(await failing.relayPending()).toEqual({ published: 0, failed: 1 });
    expect(await relay.relayPending()).toEqual({ published: 1, failed: 0 });
    expect(await queue.count()).toBe(1);
  });
});

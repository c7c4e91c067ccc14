import { parseConfig } from '@stacks/config';
import { enqueueOutboxEvent, PrismaService } from '@stacks/db';
import { jobIdOf, JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from './redis-connection.js';
import { Queue } from 'bullmq';
import { JobQueues } from './job-queues.js';
import { OutboxPublisher } from './outbox-publisher.js';

describe('outbox publisher and job queues', () => {
  const config = parseConfig(process.env);
  const prisma = new PrismaService(config);
  const queues = new Map(Object.values(QueueName).map((name) => [name, new Queue(name, { connection: redisConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX })]));
  const jobs = new JobQueues(queues);
  const publisher = new OutboxPublisher(prisma, jobs);
  const unlock = { userId: '00000000-0000-4000-8000-000000000001', seriesId: 's-1', seriesSlug: 'cataloguing', unlockTitle: null, unlockedAt: '2026-12-01T10:00:00.000Z' };
  const notice = { userId: unlock.userId, credentialId: 'c-1', achievementName: 'Cataloguer', credentialUrl: 'https://stacks.example/c-1', awardedAt: '2026-12-01T10:00:00.000Z' };

  afterAll(async () => {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
    await prisma.$disconnect();
  });
  beforeEach(async () => {
    await prisma.outboxEvent.deleteMany();
    await Promise.all([...queues.values()].map((queue) => queue.obliterate({ force: true })));
  });

  it('writes one row per fact, and publishes each to the queue the job table names with its id rule', async () => {
    const ids = await prisma.$transaction(async (tx) => [
      await enqueueOutboxEvent(tx, { name: JobName.SeriesUnlocked, data: unlock }),
      await enqueueOutboxEvent(tx, { name: JobName.SeriesUnlocked, data: { ...unlock } }),
      await enqueueOutboxEvent(tx, { name: JobName.BadgeAwarded, data: notice }),
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(await prisma.outboxEvent.count()).toBe(2);
    await publisher.publish(ids);
    const unlocked = await queues.get(QueueName.LearningEvents)?.getJob(jobIdOf(JobName.SeriesUnlocked, unlock));
    expect(unlocked?.name).toBe(JobName.SeriesUnlocked);
    expect(unlocked?.data).toEqual(unlock);
    expect((await queues.get(QueueName.Notifications)?.getJob(jobIdOf(JobName.BadgeAwarded, notice)))?.data).toEqual(notice);
    expect(await queues.get(QueueName.Reminders)?.count()).toBe(0);
    expect(await prisma.outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
  });

  it('leaves the rows it could not publish pending for the sweep, and publishes a row once when a sweep runs beside it', async () => {
    const ids = await prisma.$transaction(async (tx) => [
      await enqueueOutboxEvent(tx, { name: JobName.SeriesUnlocked, data: unlock }),
      await enqueueOutboxEvent(tx, { name: JobName.BadgeAwarded, data: notice }),
    ]);
    // No queue registered: every add fails, as with Redis away.
    await new OutboxPublisher(prisma, new JobQueues(new Map())).publish(ids);
    expect(await prisma.outboxEvent.count({ where: { publishedAt: null } })).toBe(2);

    const [, swept] = await Promise.all([publisher.publish(ids), publisher.sweep()]);
    expect(swept.failed).toBe(0);
    expect(await prisma.outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
    expect(await queues.get(QueueName.LearningEvents)?.count()).toBe(1);
    expect(await queues.get(QueueName.Notifications)?.count()).toBe(1);
  });

  it('keeps an id override apart from the rule (a replay is not deduplicated against the first run)', async () => {
    await prisma.$transaction(async (tx) => {
      await enqueueOutboxEvent(tx, { name: JobName.BadgeAwarded, data: notice });
      await enqueueOutboxEvent(tx, { name: JobName.BadgeAwarded, data: notice }, { jobId: 'replay.d-1.1' });
    });
    expect(await publisher.sweep()).toEqual({ published: 2, failed: 0 });
    expect(await queues.get(QueueName.Notifications)?.count()).toBe(2);
  });

  it('leaves a row naming no declared job pending and counts it failed', async () => {
    await prisma.outboxEvent.create({ data: { queue: QueueName.Notifications, jobName: 'retired-job', jobId: 'retired.1', payload: {} } });
    expect(await publisher.sweep()).toEqual({ published: 0, failed: 1 });
    expect(await prisma.outboxEvent.count({ where: { publishedAt: null } })).toBe(1);
  });

  it('keys a periodic job scheduler by the job id rule, so repeated upserts keep one schedule', async () => {
    for (let run = 0; run < 3; run += 1) await jobs.schedule({ name: JobName.NudgeSweep, data: {} }, { every: 60_000 });
    const reminders = queues.get(QueueName.Reminders);
    expect((await reminders?.getJobSchedulers())?.map((scheduler) => scheduler.key)).toEqual([jobIdOf(JobName.NudgeSweep)]);
  });

  it('adds in bulk across queues, each job on its own queue', async () => {
    await jobs.addBulk([
      { job: { name: JobName.SendDigest, data: { userId: unlock.userId, week: '2026-W49' } } },
      { job: { name: JobName.BadgeAwarded, data: notice }, options: { delay: 60_000 } },
    ]);
    expect(await queues.get(QueueName.Reminders)?.getJob(jobIdOf(JobName.SendDigest, { userId: unlock.userId, week: '2026-W49' }))).toBeDefined();
    expect(await queues.get(QueueName.Notifications)?.getDelayedCount()).toBe(1);
  });
});

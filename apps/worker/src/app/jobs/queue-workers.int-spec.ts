import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { APP_CONFIG, parseConfig } from '@stacks/config';
import { type BadgeAwardedPayload, jobIdOf, JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { waitFor } from '@stacks/test-processes';
import { Queue } from 'bullmq';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { type Deferral, type JobContext, OnJob } from './on-job.decorator.js';
import { QueueWorkers } from './queue-workers.js';

/** Defers the first run of each badge notice, fails every run of a credential named "doomed". */
@Injectable()
class BadgeNoticeProbe {
  readonly runs: { credentialId: string; attempt: number }[] = [];

  @OnJob(JobName.BadgeAwarded)
  async notify(payload: BadgeAwardedPayload, context: JobContext): Promise<Deferral | string> {
    this.runs.push({ credentialId: payload.credentialId, attempt: context.attempt });
    if (payload.credentialId === 'doomed') throw new Error('channel down');
    const runsOfThis = this.runs.filter((run) => run.credentialId === payload.credentialId).length;
    return runsOfThis === 1 ? { deferUntil: new Date(Date.now() + 300) } : 'sent';
  }
}

@Injectable()
class OnlyBadgeNotices extends JobHandlerRegistry {
  protected override declaredJobs() {
    return [JobName.BadgeAwarded];
  }
}

describe('queue workers (the one worker base)', () => {
  // A prefix of its own: these workers would otherwise take other test files' jobs.
  const config = parseConfig({ ...process.env, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-queue-workers` });
  const notifications = new Queue(QueueName.Notifications, { connection: redisConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX });
  let moduleRef: TestingModule;
  const notice = (credentialId: string): BadgeAwardedPayload => ({
    userId: 'u-1',
    credentialId,
    achievementName: 'Cataloguer',
    credentialUrl: `https://stacks.example/${credentialId}`,
    awardedAt: '2026-12-01T10:00:00.000Z',
  });

  beforeAll(async () => {
    await notifications.obliterate({ force: true });
    moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [{ provide: APP_CONFIG, useValue: config }, WorkerMetrics, { provide: JobHandlerRegistry, useClass: OnlyBadgeNotices }, QueueWorkers, BadgeNoticeProbe],
    }).compile();
    await moduleRef.init();
  });
  afterAll(async () => {
    await moduleRef.close();
    await notifications.close();
  });

  it('runs a deferred job again later without spending an attempt', async () => {
    const payload = notice('deferred-1');
    await notifications.add(JobName.BadgeAwarded, payload, { jobId: jobIdOf(JobName.BadgeAwarded, payload), attempts: 3 });
    const job = await waitFor(async () => {
      const current = await notifications.getJob(jobIdOf(JobName.BadgeAwarded, payload));
      return current?.finishedOn ? current : undefined;
    }, 10_000, 'the deferred job to finish');
    expect(job.returnvalue).toBe('sent');
    expect(moduleRef.get(BadgeNoticeProbe).runs.filter((run) => run.credentialId === 'deferred-1')).toEqual([
      { credentialId: 'deferred-1', attempt: 1 },
      { credentialId: 'deferred-1', attempt: 1 },
    ]);
  });

  it('retries a failing job, then keeps it in the failed set and counts it dead', async () => {
    const payload = notice('doomed');
    await notifications.add(JobName.BadgeAwarded, payload, { jobId: jobIdOf(JobName.BadgeAwarded, payload), attempts: 2, backoff: { type: 'fixed', delay: 50 } });
    const job = await waitFor(async () => {
      const current = await notifications.getJob(jobIdOf(JobName.BadgeAwarded, payload));
      return (await current?.isFailed()) && current?.finishedOn ? current : undefined;
    }, 10_000, 'the failing job to be dead-lettered');
    expect(job.attemptsMade).toBe(2);
    expect(job.failedReason).toBe('channel down');
    const metrics = await moduleRef.get(WorkerMetrics).text();
    expect(metrics).toContain('stacks_jobs_total{queue="notifications",job="badge-awarded",outcome="failed"} 1');
    expect(metrics).toContain('stacks_jobs_total{queue="notifications",job="badge-awarded",outcome="dead"} 1');
  });

  it('fails a job whose name the table does not declare on that queue', async () => {
    const job = await notifications.add(JobName.SendNudge, { userId: 'u', seriesId: 's', sessionId: 'x', week: '2026-W49' }, { attempts: 1 });
    const failed = await waitFor(async () => {
      const current = await notifications.getJob(job.id ?? '');
      // The job read may predate the failure even when the state check after it sees it: wait for the reason too.
      return (await current?.isFailed()) && current?.failedReason ? current : undefined;
    }, 10_000, 'the misrouted job to fail');
    expect(failed.failedReason).toBe('job send-nudge is not declared on queue notifications');
  });
});

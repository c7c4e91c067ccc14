import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { type BadgeAwardedPayload, JobName } from '@stacks/queue-contracts';
import { JobHandlerRegistry, JobHandlersMismatch, pairJobHandlers } from './job-handler.registry.js';
import { OnJob } from './on-job.decorator.js';

@Injectable()
class BadgeNoticeStub {
  readonly seen: string[] = [];

  @OnJob(JobName.BadgeAwarded)
  async notify(payload: BadgeAwardedPayload): Promise<string> {
    this.seen.push(payload.credentialId);
    return 'notified';
  }
}

@Injectable()
class SecondBadgeNoticeStub {
  @OnJob(JobName.BadgeAwarded)
  async notifyAgain(): Promise<void> {
    // a second handler for the same job: start-up must refuse it
  }
}

@Injectable()
class OutboxSweepStub {
  @OnJob(JobName.RelayOutbox)
  async sweep(): Promise<void> {
    // handled
  }
}

/** The registry with the job table narrowed to two jobs, so a test can satisfy it. */
@Injectable()
class TwoJobRegistry extends JobHandlerRegistry {
  protected override declaredJobs() {
    return [JobName.BadgeAwarded, JobName.RelayOutbox];
  }
}

async function startWith(registry: typeof JobHandlerRegistry, handlers: (new (...args: never[]) => object)[]) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [{ provide: JobHandlerRegistry, useClass: registry }, ...handlers],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

describe('job handler registry', () => {
  it('refuses to start when a declared job has no handler, naming every such job', async () => {
    const start = startWith(JobHandlerRegistry, [BadgeNoticeStub]);
    await expect(start).rejects.toThrow(JobHandlersMismatch);
    await expect(startWith(JobHandlerRegistry, [BadgeNoticeStub])).rejects.toThrow(/job send-session-reminder has no @OnJob handler/);
    await expect(startWith(TwoJobRegistry, [BadgeNoticeStub])).rejects.toThrow('job handlers do not match the job table: job relay-outbox has no @OnJob handler');
  });

  it('refuses to start when a job has two handlers, naming both', async () => {
    await expect(startWith(TwoJobRegistry, [BadgeNoticeStub, SecondBadgeNoticeStub, OutboxSweepStub])).rejects.toThrow(
      'job badge-awarded has 2 handlers (BadgeNoticeStub.notify, SecondBadgeNoticeStub.notifyAgain)',
    );
  });

  it('starts when every declared job has exactly one handler, and runs it bound to its provider', async () => {
    const moduleRef = await startWith(TwoJobRegistry, [BadgeNoticeStub, OutboxSweepStub]);
    const handler = moduleRef.get(JobHandlerRegistry).handlerFor(JobName.BadgeAwarded);
    await expect(handler({ credentialId: 'c-1' }, { attempt: 1, finalAttempt: false })).resolves.toBe('notified');
    expect(moduleRef.get(BadgeNoticeStub).seen).toEqual(['c-1']);
    await moduleRef.close();
  });

  it('reports a handler for a job the table does not declare', () => {
    expect(() => pairJobHandlers([{ job: JobName.SendNudge, where: 'Stray.handle', run: async () => undefined }], [])).toThrow(
      '@OnJob(send-nudge) names no declared job',
    );
  });
});

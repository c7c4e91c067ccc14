import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { LearningEventJob, type LearningEventPayloads, QueueName } from '@stacks/queue-contracts';
import type { Job } from 'bullmq';
import { LEARNING_EVENT_HANDLERS, type LearningEventHandler } from './learning-event-handler.js';

const knownJobs = new Set<string>(Object.values(LearningEventJob));

/** Consumes completions and unlocks published by the API and passes each to every handler. */
@Processor(QueueName.LearningEvents)
export class LearningEventsProcessor extends WorkerHost {
  constructor(@Inject(LEARNING_EVENT_HANDLERS) private readonly handlers: LearningEventHandler[]) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (!knownJobs.has(job.name)) throw new Error(`Unknown learning event ${job.name}`);
    const name = job.name as LearningEventJob;
    for (const handler of this.handlers) {
      await handler.handle(name, job.data as LearningEventPayloads[typeof name]);
    }
  }
}

import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { QueueName } from '@stacks/queue-contracts';
import type { Queue } from 'bullmq';
import { JobQueues } from './job-queues.js';
import { OutboxPublisher } from './outbox-publisher.js';

const queueNames = Object.values(QueueName);

/**
 * Every queue, the typed producer and the outbox publisher, for the API and the worker alike.
 * The connection and prefix come from the app's `BullModule.forRoot`.
 */
@Global()
@Module({
  imports: [BullModule.registerQueue(...queueNames.map((name) => ({ name })))],
  providers: [
    {
      provide: JobQueues,
      inject: queueNames.map((name) => getQueueToken(name)),
      useFactory: (...queues: Queue[]) => new JobQueues(new Map(queueNames.map((name, index) => [name, queues[index]]))),
    },
    OutboxPublisher,
  ],
  exports: [BullModule, JobQueues, OutboxPublisher],
})
export class JobQueuesModule {}

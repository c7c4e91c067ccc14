import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { defaultJobOptions } from '@stacks/queue-contracts';
import { bullmqConnection, closeRedisConnection, JobQueuesModule } from '@stacks/queues';
import type { ConnectionOptions } from 'bullmq';

const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

/** The connection every producer queue shares; fails fast while Redis is away instead of queueing. */
@Module({
  providers: [
    {
      provide: QUEUE_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => bullmqConnection(config, { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
    },
  ],
  exports: [QUEUE_CONNECTION],
})
class QueueConnectionModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_CONNECTION) private readonly connection: ConnectionOptions) {}

  /** A cluster client is shared by every queue and never closed by BullMQ (see bullmqConnection). */
  onApplicationShutdown(): void {
    closeRedisConnection(this.connection);
  }
}

/** Producer side of the queue contracts: the API only adds jobs (through the outbox); the worker processes them. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      imports: [QueueConnectionModule],
      inject: [APP_CONFIG, QUEUE_CONNECTION],
      useFactory: (config: AppConfig, connection: ConnectionOptions) => ({
        connection,
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions,
      }),
    }),
    JobQueuesModule,
  ],
  exports: [JobQueuesModule],
})
export class QueuesModule {}

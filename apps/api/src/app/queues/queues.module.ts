import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { defaultJobOptions, QueueName, redisConnectionOptions } from '@stacks/queue-contracts';

/** Producer side of the queue contracts: the API only adds jobs; the worker processes them. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { ...redisConnectionOptions(config.REDIS_URL), maxRetriesPerRequest: 1, enableOfflineQueue: false },
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.LearningEvents }, { name: QueueName.Notifications }, { name: QueueName.Reminders }),
  ],
  exports: [BullModule],
})
export class QueuesModule {}

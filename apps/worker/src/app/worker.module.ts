import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@stacks/config';
import { PrismaModule } from '@stacks/db';
import { loggerOptions } from '@stacks/logging';
import { defaultJobOptions, QueueName, redisConnectionOptions } from '@stacks/queue-contracts';
import { LoggerModule } from 'nestjs-pino';
import { BadgeAwardHandler } from './badges/badge-award.handler.js';
import { BadgesModule } from './badges/badges.module.js';
import { LEARNING_EVENT_HANDLERS } from './learning-events/learning-event-handler.js';
import { LearningEventsProcessor } from './learning-events/learning-events.processor.js';
import { OutboxRelayProcessor } from './maintenance/outbox-relay.processor.js';
import { RemindersCompletionHandler } from './reminders/reminders-completion.handler.js';
import { RemindersModule } from './reminders/reminders.module.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions({ level: config.LOG_LEVEL, pretty: config.LOG_PRETTY, service: 'worker' })),
        PrismaModule,
        BullModule.forRoot({
          // Workers block on Redis; ioredis must retry forever so a Redis restart is survived.
          connection: { ...redisConnectionOptions(config.REDIS_URL), maxRetriesPerRequest: null },
          prefix: config.QUEUE_PREFIX,
          defaultJobOptions,
        }),
        BullModule.registerQueue(
          { name: QueueName.Maintenance },
          { name: QueueName.LearningEvents },
          { name: QueueName.Notifications },
          { name: QueueName.Reminders },
        ),
        RemindersModule,
        BadgesModule,
      ],
      providers: [
        OutboxRelayProcessor,
        LearningEventsProcessor,
        // Each feature that reacts to learning events adds its handler class here and to `inject`.
        { provide: LEARNING_EVENT_HANDLERS, useFactory: (...handlers) => handlers, inject: [RemindersCompletionHandler, BadgeAwardHandler] },
      ],
    };
  }
}

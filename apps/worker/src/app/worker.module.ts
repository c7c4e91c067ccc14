import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@stacks/config';
import { PrismaModule } from '@stacks/db';
import { loggerOptions, wantsPrettyLogs } from '@stacks/logging';
import { bullmqConnection, closeRedisConnection, defaultJobOptions, QueueName } from '@stacks/queue-contracts';
import type { ConnectionOptions } from 'bullmq';
import { LoggerModule } from 'nestjs-pino';
import { BadgeAwardHandler } from './badges/badge-award.handler.js';
import { BadgesModule } from './badges/badges.module.js';
import { LEARNING_EVENT_HANDLERS } from './learning-events/learning-event-handler.js';
import { LearningEventsProcessor } from './learning-events/learning-events.processor.js';
import { OutboxRelayProcessor } from './maintenance/outbox-relay.processor.js';
import { RemindersCompletionHandler } from './reminders/reminders-completion.handler.js';
import { RemindersModule } from './reminders/reminders.module.js';

const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

@Module({})
export class WorkerModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_CONNECTION) private readonly queueConnection: ConnectionOptions) {}

  static forRoot(config: AppConfig): DynamicModule {
    // Workers block on Redis; ioredis must retry forever so a Redis restart is survived.
    const queueConnection = bullmqConnection(config, { maxRetriesPerRequest: null });
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions({ level: config.LOG_LEVEL, pretty: wantsPrettyLogs({ pretty: config.LOG_PRETTY, nodeEnv: config.NODE_ENV }), service: 'worker' })),
        PrismaModule,
        BullModule.forRoot({
          connection: queueConnection,
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
        { provide: QUEUE_CONNECTION, useValue: queueConnection },
        OutboxRelayProcessor,
        LearningEventsProcessor,
        // Each feature that reacts to learning events adds its handler class here and to `inject`.
        { provide: LEARNING_EVENT_HANDLERS, useFactory: (...handlers) => handlers, inject: [RemindersCompletionHandler, BadgeAwardHandler] },
      ],
    };
  }

  /** A cluster client is shared by every queue and never closed by BullMQ (see bullmqConnection). */
  onApplicationShutdown(): void {
    closeRedisConnection(this.queueConnection);
  }
}

import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@stacks/config';
import { PrismaModule } from '@stacks/db';
import { loggerOptions, wantsPrettyLogs } from '@stacks/logging';
import { defaultJobOptions } from '@stacks/queue-contracts';
import { bullmqConnection, closeRedisConnection, JobQueuesModule } from '@stacks/queues';
import type { ConnectionOptions } from 'bullmq';
import { LoggerModule } from 'nestjs-pino';
import { BadgesModule } from './badges/badges.module.js';
import { IntegrationsModule } from './integrations/integrations.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { LearningEventsHandler } from './learning-events/learning-events.handler.js';
import { MaintenanceJobs } from './maintenance/maintenance-jobs.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { RemindersModule } from './reminders/reminders.module.js';

const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

@Module({})
export class WorkerModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_CONNECTION) private readonly queueConnection: ConnectionOptions) {}

  static forRoot(config: AppConfig): DynamicModule {
    // Producers block on Redis too; ioredis must retry forever so a Redis restart is survived.
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
        JobQueuesModule,
        JobsModule,
        RemindersModule,
        BadgesModule,
        NotificationsModule,
        IntegrationsModule,
      ],
      providers: [{ provide: QUEUE_CONNECTION, useValue: queueConnection }, MaintenanceJobs, LearningEventsHandler],
    };
  }

  /** A cluster client is shared by every queue and never closed by BullMQ (see bullmqConnection). */
  onApplicationShutdown(): void {
    closeRedisConnection(this.queueConnection);
  }
}

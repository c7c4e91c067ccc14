import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@stacks/config';
import { PrismaModule } from '@stacks/db';
import { loggerOptions, wantsPrettyLogs } from '@stacks/logging';
import { LoggerModule } from 'nestjs-pino';
import { AdminModule } from './admin/admin.module.js';
import { AskModule } from './ask/ask.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BadgesModule } from './badges/badges.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { CompletionsModule } from './completions/completions.module.js';
import { DiscordLinkModule } from './discord-link/discord-link.module.js';
import { EnrolmentsModule } from './enrolments/enrolments.module.js';
import { HealthModule } from './health/health.module.js';
import { ZoomModule } from './integrations/zoom/zoom.module.js';
import { MeModule } from './me/me.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PathwaysModule } from './pathways/pathways.module.js';
import { ProgressModule } from './progress/progress.module.js';
import { QueuesModule } from './queues/queues.module.js';
import { QueuesDashboardModule } from './queues-dashboard/queues-dashboard.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { RedisModule } from './redis/redis.module.js';
import { RegistryModule } from './registry/registry.module.js';
import { ResourcesModule } from './resources/resources.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions({ level: config.LOG_LEVEL, pretty: wantsPrettyLogs({ pretty: config.LOG_PRETTY, nodeEnv: config.NODE_ENV }), service: 'api' })),
        PrismaModule,
        RedisModule,
        RateLimitModule,
        QueuesModule,
        HealthModule,
        AuthModule,
        MeModule,
        CatalogueModule,
        EnrolmentsModule,
        CompletionsModule,
        ZoomModule,
        ProgressModule,
        AdminModule,
        WebhooksModule,
        AskModule,
        PathwaysModule,
        BadgesModule,
        CalendarModule,
        DiscordLinkModule,
        NotificationsModule,
        QueuesDashboardModule,
        ResourcesModule,
        RegistryModule,
        CohortsModule,
      ],
    };
  }
}

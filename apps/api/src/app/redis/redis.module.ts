import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { createRedisClient, type RedisClient } from '@stacks/queues';

export const REDIS = Symbol('REDIS');

/** One shared ioredis connection for request-path features (rate limits). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedisClient(config, { maxRetriesPerRequest: 1, connectTimeout: 2000 }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnModuleDestroy {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}

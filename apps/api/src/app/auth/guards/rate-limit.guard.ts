import { type CanActivate, type ExecutionContext, HttpException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { RedisClient } from '@stacks/queues';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hitFixedWindow } from '../../redis/fixed-window.js';
import { REDIS } from '../../redis/redis.module.js';

const WINDOW_MS = 60_000;

/** Limits credential endpoints (log-in, register, refresh) to LOGIN_RATE_LIMIT_PER_MINUTE per address. */
@Injectable()
export class CredentialRateLimitGuard implements CanActivate {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const key = `${this.config.QUEUE_PREFIX}:rate:credentials:${request.ip}`;
    const { hits, retryAfterSeconds } = await hitFixedWindow(this.redis, key, WINDOW_MS);
    if (hits > this.config.LOGIN_RATE_LIMIT_PER_MINUTE) {
      void http.getResponse<FastifyReply>().header('retry-after', String(retryAfterSeconds));
      throw new HttpException('Too many attempts from this address; wait a minute and try again', 429);
    }
    return true;
  }
}

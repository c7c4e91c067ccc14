import { type CanActivate, type ExecutionContext, HttpException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { REDIS } from '../../redis/redis.module.js';

const WINDOW_MS = 60_000;

// One fixed window per client address, counted atomically in Redis so that every API
// replica shares the same limit.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }
`;

/** Limits credential endpoints (log-in, register, refresh) to LOGIN_RATE_LIMIT_PER_MINUTE per address. */
@Injectable()
export class CredentialRateLimitGuard implements CanActivate {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const key = `${this.config.QUEUE_PREFIX}:rate:credentials:${request.ip}`;
    const [hits, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, key, WINDOW_MS)) as [number, number];
    if (hits > this.config.LOGIN_RATE_LIMIT_PER_MINUTE) {
      void http.getResponse<FastifyReply>().header('retry-after', String(Math.max(1, Math.ceil(ttlMs / 1000))));
      throw new HttpException('Too many attempts from this address; wait a minute and try again', 429);
    }
    return true;
  }
}

import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { RedisClient } from '@stacks/queues';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { REDIS } from '../redis/redis.module.js';

/** Every limit the API applies; a route opts in with @RateLimit(...). */
export enum RateLimitName {
  /** Log-in, register, refresh, password change: per client address. */
  Credentials = 'credentials',
  /** POST /ask: public and does real work. */
  Ask = 'ask',
  /** Mails sent on request (password reset, verification again): per client address… */
  AccountMailPerClient = 'account-mail-client',
  /** …and per target e-mail address, so nobody floods one mailbox from many addresses. */
  AccountMailPerAddress = 'account-mail-address',
  /** POST /integrations/zoom/events: public (signed) and writes; per client address. */
  ZoomWebhook = 'zoom-webhook',
}

interface Limit {
  perWindow: (config: AppConfig) => number;
  windowMs: number;
  /** Who is counted: the client address unless said otherwise. */
  tracker?: (request: FastifyRequest) => string;
}

/** The e-mail address a request is about, hashed: Redis keys never hold an address. */
function targetAddress(request: FastifyRequest): string {
  const body = request.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
  return createHash('sha256').update(email).digest('hex');
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const LIMITS: Record<RateLimitName, Limit> = {
  [RateLimitName.Credentials]: { perWindow: (config) => config.LOGIN_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
  [RateLimitName.Ask]: { perWindow: (config) => config.ASK_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
  [RateLimitName.AccountMailPerClient]: { perWindow: (config) => config.ACCOUNT_MAIL_PER_CLIENT_PER_HOUR, windowMs: HOUR_MS },
  [RateLimitName.AccountMailPerAddress]: {
    perWindow: (config) => config.ACCOUNT_MAIL_PER_ADDRESS_PER_HOUR,
    windowMs: HOUR_MS,
    tracker: targetAddress,
  },
  [RateLimitName.ZoomWebhook]: { perWindow: (config) => config.ZOOM_WEBHOOK_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
};

// One key per limit, tracker and window, counted atomically in Redis so that every API replica
// shares the same limit; a single key under the hash-tagged QUEUE_PREFIX also suits Redis Cluster.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }
`;

const RATE_LIMITS = 'stacks:rateLimits';

/** Counts this route against the named limits; routes under the same limit share its budget. */
export const RateLimit = (...names: RateLimitName[]) => applyDecorators(SetMetadata(RATE_LIMITS, names), UseGuards(RateLimitGuard));

/** The API's one rate limiter: fixed windows in Redis, refused with a 429 problem and `Retry-After`. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const names = this.reflector.getAllAndOverride<RateLimitName[] | undefined>(RATE_LIMITS, [context.getHandler(), context.getClass()]) ?? [];
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    for (const name of names) {
      const limit = LIMITS[name];
      const tracker = limit.tracker?.(request) ?? request.ip;
      const key = `${this.config.QUEUE_PREFIX}:rate:${name}:${tracker}`;
      const [hits, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, key, limit.windowMs)) as [number, number];
      if (hits > limit.perWindow(this.config)) {
        void http.getResponse<FastifyReply>().header('retry-after', String(Math.max(1, Math.ceil(ttlMs / 1000))));
        throw new HttpException('Too many attempts; wait and try again', 429);
      }
    }
    return true;
  }
}

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
  /** The public .ics routes, private feeds included: per client address. */
  Calendar = 'calendar',
  /** The "someone tried to register with your address" mail: once per address per day. */
  RegistrationNoticePerAddress = 'registration-notice-address',
  /** POST /integrations/zoom/events: public (signed) and writes; per client address. */
  ZoomWebhook = 'zoom-webhook',
  /** Single sign-on's start, callback and code redemption: per client address. */
  SingleSignOn = 'single-sign-on',
}

/** Failure counters with lockout and backoff, keyed by what the attempt was about (never by client). */
export enum LockoutName {
  /** Failed sign-ins per normalised e-mail address, whether or not it has an account. */
  SignInPerAccount = 'sign-in-account',
}

interface Limit {
  perWindow: (config: AppConfig) => number;
  windowMs: number;
  /** Who is counted: the client address unless said otherwise. */
  tracker?: (request: FastifyRequest) => string;
}

/** An e-mail address normalised and hashed: Redis keys never hold an address. */
export function addressKey(email: unknown): string {
  const normalised = typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
  return createHash('sha256').update(normalised).digest('hex');
}

/** The e-mail address a request is about. */
const targetAddress = (request: FastifyRequest) => addressKey((request.body as { email?: unknown } | undefined)?.email);

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const LIMITS: Record<RateLimitName, Limit> = {
  [RateLimitName.Credentials]: { perWindow: (config) => config.LOGIN_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
  [RateLimitName.Ask]: { perWindow: (config) => config.ASK_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
  [RateLimitName.Calendar]: { perWindow: (config) => config.CALENDAR_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
  [RateLimitName.AccountMailPerClient]: { perWindow: (config) => config.ACCOUNT_MAIL_PER_CLIENT_PER_HOUR, windowMs: HOUR_MS },
  [RateLimitName.AccountMailPerAddress]: {
    perWindow: (config) => config.ACCOUNT_MAIL_PER_ADDRESS_PER_HOUR,
    windowMs: HOUR_MS,
    tracker: targetAddress,
  },
  [RateLimitName.RegistrationNoticePerAddress]: { perWindow: () => 1, windowMs: DAY_MS },
  [RateLimitName.ZoomWebhook]: { perWindow: (config) => config.ZOOM_WEBHOOK_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
  // A sign-in is three calls (start, callback, redemption): as many sign-ins as password log-ins.
  [RateLimitName.SingleSignOn]: { perWindow: (config) => 3 * config.LOGIN_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE_MS },
};

interface Lockout {
  /** Failures that lock: the n-th locks for baseLockMs, each further one for twice as long. */
  lockingFailures: (config: AppConfig) => number;
  /** The first lockout; each further failure doubles it, up to maxLockMs. */
  baseLockMs: (config: AppConfig) => number;
  maxLockMs: (config: AppConfig) => number;
  /** Failures are forgotten after this long without a new one. */
  memoryMs: number;
}

const LOCKOUTS: Record<LockoutName, Lockout> = {
  [LockoutName.SignInPerAccount]: {
    lockingFailures: (config) => config.SIGN_IN_FAILURES_BEFORE_LOCKOUT,
    baseLockMs: (config) => config.SIGN_IN_LOCKOUT_BASE_SECONDS * 1000,
    maxLockMs: (config) => config.SIGN_IN_LOCKOUT_MAX_SECONDS * 1000,
    memoryMs: DAY_MS,
  },
};

// One key per limit, tracker and window, counted atomically in Redis so that every API replica
// shares the same limit; a single key under the hash-tagged QUEUE_PREFIX also suits Redis Cluster.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }
`;

// KEYS: failure counter, lock. ARGV: memory ms, free failures, base lock ms, max lock ms.
// Returns the lock's length in ms (0: not locked yet). ARGV[2] failures lock for ARGV[3], each further one doubles it.
const FAILURE_SCRIPT = `
local failures = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local over = failures - tonumber(ARGV[2])
if over < 0 then return 0 end
local lock = math.min(tonumber(ARGV[3]) * math.pow(2, math.min(over, 30)), tonumber(ARGV[4]))
redis.call('SET', KEYS[2], '1', 'PX', math.floor(lock))
return math.floor(lock)
`;

const RATE_LIMITS = 'stacks:rateLimits';

/** 429 with Retry-After: the one answer to any exhausted limit, whoever or whatever it counts. */
export function tooManyAttempts(reply: FastifyReply, retryAfterMs: number): HttpException {
  void reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  return new HttpException('Too many attempts; wait and try again', 429);
}

/** Fixed windows and failure lockouts, counted atomically in Redis and shared by every API replica. */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(name: string, tracker: string): string {
    return `${this.config.QUEUE_PREFIX}:rate:${name}:${tracker}`;
  }

  /** Counts one hit; `retryAfterMs` is set when the window's budget is spent. */
  async hit(name: RateLimitName, tracker: string): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }> {
    const limit = LIMITS[name];
    const [hits, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, this.key(name, tracker), limit.windowMs)) as [number, number];
    return hits > limit.perWindow(this.config) ? { allowed: false, retryAfterMs: ttlMs } : { allowed: true };
  }

  /** How long `tracker` is still locked out (0: not locked). */
  async lockedFor(name: LockoutName, tracker: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.key(`${name}:lock`, tracker)));
  }

  /** Counts a failure; from the n-th on, locks for a doubling time. Returns the lock's length (0: none). */
  async recordFailure(name: LockoutName, tracker: string): Promise<number> {
    const lockout = LOCKOUTS[name];
    return (await this.redis.eval(
      FAILURE_SCRIPT,
      2,
      this.key(`${name}:failures`, tracker),
      this.key(`${name}:lock`, tracker),
      lockout.memoryMs,
      lockout.lockingFailures(this.config),
      lockout.baseLockMs(this.config),
      lockout.maxLockMs(this.config),
    )) as number;
  }

  /** A success forgets the failures. */
  async clearFailures(name: LockoutName, tracker: string): Promise<void> {
    await this.redis.del(this.key(`${name}:failures`, tracker), this.key(`${name}:lock`, tracker));
  }
}

/** Counts this route against the named limits; routes under the same limit share its budget. */
export const RateLimit = (...names: RateLimitName[]) => applyDecorators(SetMetadata(RATE_LIMITS, names), UseGuards(RateLimitGuard));

/** The API's one rate limiter: fixed windows in Redis, refused with a 429 problem and `Retry-After`. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const names = this.reflector.getAllAndOverride<RateLimitName[] | undefined>(RATE_LIMITS, [context.getHandler(), context.getClass()]) ?? [];
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    for (const name of names) {
      const outcome = await this.limiter.hit(name, LIMITS[name].tracker?.(request) ?? request.ip);
      if (!outcome.allowed) throw tooManyAttempts(http.getResponse<FastifyReply>(), outcome.retryAfterMs);
    }
    return true;
  }
}

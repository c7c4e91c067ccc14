import { Global, Module } from '@nestjs/common';
import { RateLimiter, RateLimitGuard } from './rate-limit.js';

/** The API's one rate limiter (see RateLimitGuard), available to every feature module. */
@Global()
@Module({ providers: [RateLimiter, RateLimitGuard], exports: [RateLimiter, RateLimitGuard] })
export class RateLimitModule {}

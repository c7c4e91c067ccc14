import { Global, Module } from '@nestjs/common';
import { RateLimitGuard } from './rate-limit.js';

/** The API's one rate limiter (see RateLimitGuard), available to every feature module. */
@Global()
@Module({ providers: [RateLimitGuard], exports: [RateLimitGuard] })
export class RateLimitModule {}

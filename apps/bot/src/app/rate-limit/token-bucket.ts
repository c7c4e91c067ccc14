export interface TokenBucketOptions {
  /** Commands a user may fire in a burst. */
  capacity: number;
  /** Milliseconds to earn back one token. */
  refillMs: number;
  /** Buckets kept before idle (full) ones are dropped; bounds memory on a busy shard. */
  maxTrackedUsers?: number;
}

/**
 * Per-user token buckets, in memory. Each shard process keeps its own: a user is served by one
 * shard per guild, so the limit holds per shard, which is enough to stop one person flooding
 * the database (or guessing link codes) without shared state.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly options: TokenBucketOptions) {}

  /** Takes a token for `key` if one is left; otherwise says how long until the next one. */
  take(key: string, nowMs: number): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const bucket = this.buckets.get(key) ?? { tokens: this.options.capacity, updatedAt: nowMs };
    const earned = Math.max(0, nowMs - bucket.updatedAt) / this.options.refillMs;
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + earned);
    bucket.updatedAt = nowMs;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) * this.options.refillMs) };
    }
    bucket.tokens -= 1;
    this.buckets.delete(key); // re-insert: Map order then runs from least to most recently used
    this.buckets.set(key, bucket);
    this.evictIdle(nowMs);
    return { allowed: true };
  }

  get trackedUsers(): number {
    return this.buckets.size;
  }

  private evictIdle(nowMs: number): void {
    const max = this.options.maxTrackedUsers ?? 10_000;
    if (this.buckets.size <= max) return;
    const refillAllMs = this.options.capacity * this.options.refillMs;
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= max) break;
      // A bucket idle long enough to be full again carries no information: forget it. Under a
      // flood of distinct users, the least recently used go first either way.
      if (nowMs - bucket.updatedAt >= refillAllMs || this.buckets.size > max * 2) this.buckets.delete(key);
      else break;
    }
  }
}

/** The bot's limit: bursts of 5 commands, then one every 3 seconds (20 a minute) per user. */
export const COMMAND_RATE_LIMIT: TokenBucketOptions = { capacity: 5, refillMs: 3_000, maxTrackedUsers: 10_000 };

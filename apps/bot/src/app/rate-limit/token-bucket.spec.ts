import { TokenBucketLimiter } from './token-bucket.js';

describe('per-user token bucket', () => {
  it('allows a burst up to capacity, then refuses with the wait until the next token', () => {
    const limiter = new TokenBucketLimiter({ capacity: 3, refillMs: 1000 });
    expect([0, 0, 0].map(() => limiter.take('ana', 0).allowed)).toEqual([true, true, true]);
    expect(limiter.take('ana', 100)).toEqual({ allowed: false, retryAfterMs: 900 });
  });

  it('earns tokens back over time, never beyond capacity', () => {
    const limiter = new TokenBucketLimiter({ capacity: 2, refillMs: 1000 });
    limiter.take('ana', 0);
    limiter.take('ana', 0);
    expect(limiter.take('ana', 999).allowed).toBe(false);
    expect(limiter.take('ana', 1000).allowed).toBe(true);
    // A long pause refills to capacity (2), not to 60.
    expect([0, 0, 0].map(() => limiter.take('ana', 60_000).allowed)).toEqual([true, true, false]);
  });

  it('keeps users apart', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillMs: 10_000 });
    expect(limiter.take('ana', 0).allowed).toBe(true);
    expect(limiter.take('ana', 0).allowed).toBe(false);
    expect(limiter.take('ben', 0).allowed).toBe(true);
  });

  it('forgets idle users so memory stays bounded', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillMs: 10, maxTrackedUsers: 100 });
    for (let user = 0; user < 1000; user += 1) limiter.take(`user-${user}`, user * 100);
    expect(limiter.trackedUsers).toBeLessThanOrEqual(100);
  });

  it('never lets a flood of fresh users grow the map beyond twice the bound', () => {
    const limiter = new TokenBucketLimiter({ capacity: 5, refillMs: 60_000, maxTrackedUsers: 50 });
    for (let user = 0; user < 1000; user += 1) limiter.take(`user-${user}`, 0);
    expect(limiter.trackedUsers).toBeLessThanOrEqual(100);
  });
});

import type { RedisClient } from '@stacks/queues';

// Counted atomically in Redis so that every API replica shares the same limit.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }
`;

/** Counts one hit in the fixed window `key`; returns the hits so far and the milliseconds left. */
export async function hitFixedWindow(redis: RedisClient, key: string, windowMs: number): Promise<{ hits: number; retryAfterSeconds: number }> {
  const [hits, ttlMs] = (await redis.eval(HIT_SCRIPT, 1, key, windowMs)) as [number, number];
  return { hits, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
}

import { describeError } from './channel.js';
import { RateLimiter } from './rate-limiter.js';

describe('describeError', () => {
  it('strips credentials from URLs and tokens from headers, and stays short', () => {
    const text = describeError(new Error('connect to smtp://mailer:hunter2@mail.example.org:587 failed; sent Bot abc.def-123'));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('abc.def-123');
    expect(text).toContain('smtp://***@mail.example.org:587');
    expect(describeError('x'.repeat(2000))).toHaveLength(500);
  });
});

describe('RateLimiter', () => {
  it('lets a burst through, then paces callers to the rate', async () => {
    const limiter = new RateLimiter(20);
    const started = Date.now();
    await Promise.all(Array.from({ length: 30 }, () => limiter.take()));
    const elapsed = Date.now() - started;
    // 20 at once, the other 10 at 20 per second: about half a second.
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(1500);
  });
});

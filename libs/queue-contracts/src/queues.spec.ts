import { learningEventJobId, QueueName } from './queues.js';

describe('queue contracts', () => {
  it('derives the same job id for the same fact, so a retried publish is deduplicated', () => {
    const fact = { userId: 'u1', seriesId: 's1' };
    expect(learningEventJobId.seriesUnlocked(fact)).toBe(learningEventJobId.seriesUnlocked({ ...fact }));
    expect(learningEventJobId.seriesUnlocked(fact)).not.toBe(learningEventJobId.seriesUnlocked({ ...fact, userId: 'u2' }));
  });

  it('never puts a colon in a job id (BullMQ rejects custom ids containing one)', () => {
    const ids = [
      learningEventJobId.seriesUnlocked({ userId: 'a', seriesId: 'b' }),
      learningEventJobId.sessionCompleted({ userId: 'a', sessionId: 'b' }),
    ];
    expect(ids.filter((id) => id.includes(':'))).toEqual([]);
  });

  it('names each queue once', () => {
    const names = Object.values(QueueName);
    expect(new Set(names).size).toBe(names.length);
  });
});

import { redisConnectionOptions } from './redis-connection.js';

describe('redisConnectionOptions', () => {
  it('reads host, port, credentials, database and TLS from the URL', () => {
    expect(redisConnectionOptions('rediss://app:s%40cret@cache.internal:6380/2')).toEqual({
      host: 'cache.internal',
      port: 6380,
      username: 'app',
      password: 's@cret',
      db: 2,
      tls: {},
    });
    expect(redisConnectionOptions('redis://127.0.0.1')).toEqual({ host: '127.0.0.1', port: 6379 });
  });
});

// Drops the run's database and deletes its queue keys (see global-setup.cjs).
const { Client } = require('pg');
const Redis = require('ioredis').default ?? require('ioredis');

module.exports = async function globalTeardown() {
  const databaseName = process.env.STACKS_TEST_DATABASE_NAME;
  if (databaseName && process.env.STACKS_TEST_KEEP_DATABASE !== '1') {
    const admin = new Client({ connectionString: process.env.STACKS_TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix?.startsWith('stacks-test-')) {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
};

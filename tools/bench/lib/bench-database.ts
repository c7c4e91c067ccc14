import { randomBytes } from 'node:crypto';
import { createDisposableDatabase, type DisposableDatabase } from '@stacks/db/testing';

/** A throw-away, migrated database for one benchmark run, on the server DATABASE_URL names. */
export function createBenchDatabase(databaseUrl: string): Promise<DisposableDatabase> {
  return createDisposableDatabase(databaseUrl, `stacks_bench_${randomBytes(4).toString('hex')}`, { migrate: true });
}

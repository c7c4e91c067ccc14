import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { applyMigrations } from '@stacks/db';
import pg from 'pg';

/**
 * A throw-away, migrated database for one benchmark run. It is created from the server's
 * `postgres` maintenance database, so the app's own database need not exist yet.
 */
export async function createBenchDatabase(databaseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `stacks_bench_${randomBytes(4).toString('hex')}`;
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const adminUrl = maintenance.toString();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString(), path.resolve('prisma/migrations'));
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

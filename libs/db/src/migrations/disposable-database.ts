import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from './migration-runner.js';

export interface DisposableDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates database `name` on the server of `serverUrl` (through its `postgres` maintenance
 * database, so no other database need exist), optionally applies prisma/migrations, and hands
 * back its URL and a drop function. Tests and benchmarks use it for throw-away databases.
 */
export async function createDisposableDatabase(serverUrl: string, name: string, options: { migrate: boolean }): Promise<DisposableDatabase> {
  const maintenance = new URL(serverUrl);
  maintenance.pathname = '/postgres';
  const adminUrl = maintenance.toString();
  const quoted = `"${name.replace(/"/g, '""')}"`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  if (options.migrate) {
    try {
      await applyMigrations(url.toString(), path.resolve('prisma/migrations'));
    } catch (error) {
      await drop();
      throw error;
    }
  }
  return { url: url.toString(), drop };
}

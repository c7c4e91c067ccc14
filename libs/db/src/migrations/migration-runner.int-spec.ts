import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withScratchDatabase } from '../testing/scratch-database.js';
import { applyMigrations, readMigrations } from './migration-runner.js';

const migrationsDir = path.resolve('prisma/migrations');
async function recordedMigrations(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name',
  );
  await client.end();
  return rows;
}

describe('migration runner', () => {
  it('records every migration exactly as Prisma does: name, sha256 of the file, finished, one step', async () => {
    const rows = await recordedMigrations(process.env.DATABASE_URL as string);
    const files = await readMigrations(migrationsDir);
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const file of files) {
      const expected = createHash('sha256')
        .update(readFileSync(path.join(migrationsDir, file.name, 'migration.sql')))
        .digest('hex');
      const row = rows.find((candidate) => candidate.migration_name === file.name);
      expect(row).toMatchObject({ checksum: expected, rolled_back_at: null, applied_steps_count: 1, logs: null });
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it('is a no-op when nothing is pending', async () => {
    const report = await applyMigrations(process.env.DATABASE_URL as string, migrationsDir);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBeGreaterThan(0);
  });

  it('applies each migration once when two runners race on an empty database', async () => {
    await withScratchDatabase('scratch', async (url) => {
      const reports = await Promise.all([applyMigrations(url, migrationsDir), applyMigrations(url, migrationsDir)]);
      const appliedTotal = reports.reduce((sum, report) => sum + report.applied.length, 0);
      const files = await readMigrations(migrationsDir);
      expect(appliedTotal).toBe(files.length);
      expect(await recordedMigrations(url)).toHaveLength(files.length);
    });
  });

  it('refuses to continue when an applied migration was edited afterwards', async () => {
    const edited = mkdtempSync(path.join(tmpdir(), 'stacks-migrations-'));
    cpSync(migrationsDir, edited, { recursive: true });
    const [first] = await readMigrations(edited);
    writeFileSync(path.join(edited, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await expect(applyMigrations(process.env.DATABASE_URL as string, edited)).rejects.toThrow(
      `Migration ${first.name} was modified after it was applied (checksum mismatch)`,
    );
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    await withScratchDatabase('scratch', async (url) => {
      const broken = mkdtempSync(path.join(tmpdir(), 'stacks-migrations-'));
      cpSync(migrationsDir, broken, { recursive: true });
      const failing = path.join(broken, '99990101000000_broken');
      cpSync(path.join(migrationsDir, (await readMigrations(migrationsDir))[0].name), failing, { recursive: true });
      writeFileSync(path.join(failing, 'migration.sql'), 'CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n');
      await expect(applyMigrations(url, broken)).rejects.toThrow(/99990101000000_broken failed/);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rowCount } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
      await client.end();
      expect(rowCount).toBe(0);
      expect((await recordedMigrations(url)).map((row) => row.migration_name)).not.toContain('99990101000000_broken');
    });
  });
});

// `npm run db:migrate`: `prisma migrate deploy` where Prisma's schema engine is installed,
// otherwise our runner, which records migrations exactly as Prisma does.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfigOrExit, requireServicesOrExit } from '@stacks/config';
import { applyMigrations, ensureDatabaseExists } from '@stacks/db';

const config = loadConfigOrExit();
await requireServicesOrExit(config, ['postgres']);
const migrationsDir = path.resolve('prisma/migrations');

function schemaEngineBinary(): string | undefined {
  const fromEnv = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const enginesDir = path.resolve('node_modules/@prisma/engines');
  return existsSync(enginesDir)
    ? readdirSync(enginesDir).find((file) => file.startsWith('schema-engine-'))
    : undefined;
}

try {
  if (await ensureDatabaseExists(config.DATABASE_URL)) {
    console.log(`Created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  }
  if (schemaEngineBinary() && process.env.STACKS_MIGRATE_WITH !== 'runner') {
    const result = spawnSync('npx', ['prisma', 'migrate', 'deploy'], { stdio: 'inherit', env: process.env });
    process.exit(result.status ?? 1);
  }
  const report = await applyMigrations(config.DATABASE_URL, migrationsDir);
  console.log(
    report.applied.length > 0
      ? `Applied ${report.applied.length} migration(s): ${report.applied.join(', ')}`
      : `Database is up to date (${report.alreadyApplied.length} migration(s) applied)`,
  );
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exit(1);
}

// Gives one Jest run its own PostgreSQL database and BullMQ queue prefix, so parallel runs
// (two Nx projects, two developers, CI) never see each other's rows or jobs.
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { Client } = require('pg');

const workspaceRoot = path.join(__dirname, '../..');

module.exports = async function globalSetup(globalConfig, projectConfig) {
  const baseUrl = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test');
  const runId = `${(projectConfig.displayName?.name ?? 'tests').replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  const databaseName = `stacks_test_${runId}`.toLowerCase();

  const admin = new Client({ connectionString: baseUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();

  const testUrl = new URL(baseUrl);
  testUrl.pathname = `/${databaseName}`;
  process.env.STACKS_TEST_ADMIN_DATABASE_URL = baseUrl.toString();
  process.env.STACKS_TEST_DATABASE_NAME = databaseName;
  process.env.DATABASE_URL = testUrl.toString();
  process.env.QUEUE_PREFIX = `stacks-test-${runId}`;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';

  execFileSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'tools/db/migrate.ts'], {
    cwd: workspaceRoot,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};

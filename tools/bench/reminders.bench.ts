// Reminder benchmarks: planning 100 000 reminders beside a bare addBulk of as many jobs; send
// throughput with a no-op channel against a raw baseline doing the same durable work (bare BullMQ
// worker + pg: ledger claim and mark-sent) and against no-op BullMQ jobs (the ceiling), same run,
// same concurrency; delayed-job lateness. The measuring code (reminders/reminders-run.ts) runs as
// a child process against a throw-away database.
import { spawn } from 'node:child_process';
import { parseConfig } from '@stacks/config';
import { createBenchDatabase } from './lib/bench-database.js';

export interface RemindersBenchResult {
  scheduling: { reminders: number; seconds: number; perSecond: number; delayedInRedis: number; replanSeconds: number; replanKept: number; rawAddBulkSeconds: number; ratioToAddBulk: number };
  throughput: { jobs: number; concurrency: number; rawPerSecond: number; rawDurablePerSecond: number; stacksPerSecond: number; ratio: number; ceilingRatio: number; sent: number };
  lateness: { jobs: number; p50Ms: number; p99Ms: number; maxMs: number; earliestMs: number };
}

export async function benchReminders(): Promise<RemindersBenchResult> {
  const config = parseConfig(process.env);
  const database = await createBenchDatabase(config.DATABASE_URL);
  try {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'tools/bench/reminders/reminders-run.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', DATABASE_URL: database.url, DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`reminders bench exited with ${code}`);
    return JSON.parse(output.trim().split('\n').pop() ?? '{}') as RemindersBenchResult;
  } finally {
    await database.drop();
  }
}

import { spawn } from 'node:child_process';
import { parseConfig } from '@stacks/config';
import { createBenchDatabase } from './bench-database.js';

/**
 * Runs a benchmark script as a child process against a throw-away, migrated database and returns
 * the JSON object it prints as its last line.
 */
export async function runChildBench<Result>(script: string, name: string): Promise<Result> {
  const config = parseConfig(process.env);
  const database = await createBenchDatabase(config.DATABASE_URL);
  try {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', script], {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', DATABASE_URL: database.url, DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`${name} bench exited with ${code}`);
    return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Result;
  } finally {
    await database.drop();
  }
}

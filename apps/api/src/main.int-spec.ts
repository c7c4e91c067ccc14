import { spawnSync } from 'node:child_process';
import { freePort } from '@stacks/test-processes';

describe('start-up configuration check', () => {
  it.each([
    ['DATABASE_URL', 'nonsense', 'Invalid configuration: DATABASE_URL must be a postgresql:// URL'],
    ['API_PORT', '99999', 'Invalid configuration: API_PORT Too big: expected number to be <=65535 (got "99999")'],
  ])('exits non-zero with one line naming %s when it is malformed', (key, value, line) => {
    const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', [key]: value },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe(line);
  });
});

describe('start-up with a service down', () => {
  it.each([
    ['PostgreSQL', 'DATABASE_URL', (port: number) => `postgresql://app:s3cret@127.0.0.1:${port}/stacks`, (port: number) => `postgresql://127.0.0.1:${port}/stacks`],
    ['Redis', 'REDIS_URL', (port: number) => `redis://:s3cret@127.0.0.1:${port}`, (port: number) => `redis://127.0.0.1:${port}`],
  ])('exits 69 within 10 s with one line naming the %s URL and how to start it', async (service, key, url, shown) => {
    const port = await freePort();
    const startedAt = Date.now();
    const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', [key]: url(port) },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(result.status).toBe(69);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${service} is not reachable at ${shown(port)} (connection refused). Start it:`)]);
    expect(result.stderr).toContain('docker compose up -d');
    expect(result.stderr + result.stdout).not.toContain('s3cret');
  });
});

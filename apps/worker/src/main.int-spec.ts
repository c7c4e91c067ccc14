import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '@stacks/test-processes';

async function waitForHealth(url: string, deadline: number): Promise<number> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      return response.status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`no answer from ${url}`);
}

describe('worker process', () => {
  it('serves its health port, then drains and exits 0 within 10 s of SIGTERM', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const worker = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', WORKER_HEALTH_PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    worker.stdout.on('data', (chunk) => output.push(String(chunk)));
    worker.stderr.on('data', (chunk) => output.push(String(chunk)));
    try {
      expect(await waitForHealth(`http://127.0.0.1:${port}/health`, Date.now() + 20_000)).toBe(200);
      const stoppedAt = Date.now();
      worker.kill('SIGTERM');
      const [code] = await once(worker, 'exit');
      expect(code).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
      expect(output.join('')).toContain('SIGTERM received; draining');
    } finally {
      worker.kill('SIGKILL');
    }
  }, 40_000);
});

describe('worker start-up with a service down', () => {
  it.each([
    ['PostgreSQL', 'DATABASE_URL', (port: number) => `postgresql://127.0.0.1:${port}/stacks`],
    ['Redis', 'REDIS_URL', (port: number) => `redis://127.0.0.1:${port}`],
  ])('exits 69 within 10 s with one line naming %s instead of retrying forever', async (service, key, url) => {
    const port = await freePort();
    const startedAt = Date.now();
    const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', WORKER_HEALTH_PORT: String(await freePort()), [key]: url(port) },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(result.status).toBe(69);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${service} is not reachable at ${url(port)} (connection refused). Start it:`)]);
    expect(result.stdout).not.toContain('ECONNREFUSED');
  });
});

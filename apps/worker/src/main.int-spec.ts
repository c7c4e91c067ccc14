import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { freePort, PROCESS_SETUP_TIMEOUT_MS, PROCESS_START_TIMEOUT_MS, waitFor } from '@stacks/test-processes';

const WORKER = ['--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'];

function runWorkerToExit(env: Record<string, string>) {
  const startedAt = Date.now();
  const result = spawnSync(process.execPath, WORKER, {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
    timeout: PROCESS_START_TIMEOUT_MS,
  });
  return { ...result, elapsedMs: Date.now() - startedAt };
}

describe('worker process', () => {
  it('serves its health port, then drains and exits 0 within 10 s of SIGTERM', async () => {
    const port = await freePort();
    const worker = spawn(process.execPath, WORKER, {
      env: { ...process.env, NODE_OPTIONS: '', WORKER_HEALTH_PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    worker.stdout.on('data', (chunk) => output.push(String(chunk)));
    worker.stderr.on('data', (chunk) => output.push(String(chunk)));
    try {
      const health = await waitFor(
        () => fetch(`http://127.0.0.1:${port}/health`).then((response) => response.status, () => undefined),
        PROCESS_START_TIMEOUT_MS,
        'the worker health port',
      );
      expect(health).toBe(200);
      const stoppedAt = Date.now();
      worker.kill('SIGTERM');
      const [code] = await once(worker, 'exit');
      expect(code).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
      expect(output.join('')).toContain('SIGTERM received; draining');
    } finally {
      worker.kill('SIGKILL');
    }
  }, PROCESS_SETUP_TIMEOUT_MS);
});

describe('worker start-up with a service down', () => {
  it.each([
    ['PostgreSQL', 'DATABASE_URL', (port: number) => `postgresql://127.0.0.1:${port}/stacks`],
    ['Redis', 'REDIS_URL', (port: number) => `redis://127.0.0.1:${port}`],
  ])('exits 69 with one line naming %s, at most 10 s after a plain start-up failure, instead of retrying forever', async (service, key, url) => {
    // How long this machine takes to load the entry point and stop on a bad setting: the same
    // start-up work without the service check. On a busy CI machine that alone can take seconds.
    const misconfigured = runWorkerToExit({ WORKER_HEALTH_PORT: 'not-a-port' });
    expect(misconfigured.status).toBe(78);

    const port = await freePort();
    const result = runWorkerToExit({ WORKER_HEALTH_PORT: String(await freePort()), [key]: url(port) });
    expect(result.status).toBe(69);
    expect(result.elapsedMs - misconfigured.elapsedMs).toBeLessThan(10_000);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${service} is not reachable at ${url(port)} (connection refused). Start it:`)]);
    expect(result.stdout).not.toContain('ECONNREFUSED');
  }, 2 * PROCESS_START_TIMEOUT_MS + 10_000);
});

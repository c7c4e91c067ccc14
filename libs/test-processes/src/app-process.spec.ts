import { AppProcess } from './app-process.js';
import { freePort, portOpen } from './ports.js';
import { RedisServer } from './redis-server.js';
import { waitFor } from './wait-for.js';

const FIXTURE = 'libs/test-processes/src/testing/health-fixture.ts';

describe('AppProcess', () => {
  it('starts a workspace script, waits for its health, passes env and stops it gracefully', async () => {
    const port = await freePort();
    const program = new AppProcess(FIXTURE, { PORT: String(port) }).start();
    try {
      await program.waitForHealth(`http://127.0.0.1:${port}/health`, 30_000);
      const body = await (await fetch(`http://127.0.0.1:${port}/health`)).text();
      expect(body).toBe('log level info, node options ""');
    } finally {
      await program.stop();
    }
    expect(program.running).toBe(false);
    expect(program.child?.exitCode).toBe(0);
    expect(program.log()).toContain('fixture stopping');
    expect(await portOpen(port)).toBe(false);
  }, 40_000);

  it('stops a program whose parent was killed with SIGKILL, so a killed test run leaves nothing behind', async () => {
    const port = await freePort();
    const parent = new AppProcess('libs/test-processes/src/testing/parent-fixture.ts', { PORT: String(port) }).start();
    try {
      const childPid = Number(await waitFor(() => /child pid (\d+)/.exec(parent.log())?.[1], 30_000, 'the grandchild to be healthy'));
      expect(await portOpen(port)).toBe(true);
      await parent.kill();
      await waitFor(() => !alive(childPid), 15_000, 'the orphaned program to stop');
      expect(await portOpen(port)).toBe(false);
    } finally {
      await parent.kill();
    }
  }, 60_000);

  it('reports an early exit with the output instead of waiting out the timeout', async () => {
    const program = new AppProcess(FIXTURE, { FAIL_AT_START: '1', PORT: String(await freePort()) }).start();
    const started = Date.now();
    await expect(program.waitForHealth('http://127.0.0.1:9/health', 30_000)).rejects.toThrow(/exited early:[\s\S]*refusing to start/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 40_000);

  it('kills a program that ignores SIGTERM once the grace period is over, and kill() is immediate', async () => {
    const port = await freePort();
    const stubborn = new AppProcess(FIXTURE, { PORT: String(port), IGNORE_SIGTERM: '1' }).start();
    await stubborn.waitForHealth(`http://127.0.0.1:${port}/health`, 30_000);
    await stubborn.stop(300);
    expect(stubborn.child?.signalCode).toBe('SIGKILL');

    const other = await freePort();
    const killed = new AppProcess(FIXTURE, { PORT: String(other) }).start();
    await killed.waitForHealth(`http://127.0.0.1:${other}/health`, 30_000);
    await killed.kill();
    expect(killed.child?.signalCode).toBe('SIGKILL');
    expect(killed.log()).not.toContain('fixture stopping');
  }, 60_000);
});

describe('RedisServer', () => {
  it('runs a redis-server of its own that comes back empty after a restart', async () => {
    const redis = await new RedisServer(await freePort()).start();
    try {
      expect(await portOpen(redis.port)).toBe(true);
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
      await redis.stop();
      expect(await portOpen(redis.port)).toBe(false);
      await redis.start();
      expect(await portOpen(redis.port)).toBe(true);
    } finally {
      await redis.stop();
    }
  });
});

describe('waitFor', () => {
  it('returns the first truthy value and names what it waited for on timeout', async () => {
    let calls = 0;
    expect(await waitFor(() => (++calls >= 3 ? 'ready' : false), 1_000, 'three calls')).toBe('ready');
    await expect(waitFor(() => false, 120, 'nothing')).rejects.toThrow('timed out waiting for nothing');
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

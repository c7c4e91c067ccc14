import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export interface WorkerProcess {
  process: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

/**
 * The real worker (apps/worker/src/main.ts) as a child process, with this test run's settings
 * plus `env` (e.g. another DATABASE_URL or QUEUE_PREFIX). Resolves once its health endpoint answers.
 */
export async function startWorker(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'], {
    env: { ...process.env, NODE_OPTIONS: '', WORKER_HEALTH_PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // Let it drain and close its connections before the run's database is dropped.
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    child.kill('SIGKILL');
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return { process: child, output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`worker did not start:\n${output.join('')}`);
}

/** Polls `probe` until it returns something truthy (work the worker does asynchronously). */
export async function eventually<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

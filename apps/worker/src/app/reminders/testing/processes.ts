import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The real worker (apps/worker/src/main.ts) as a child process, with extra environment. */
export class WorkerProcess {
  child?: ChildProcess;
  readonly output: string[] = [];
  healthPort = 0;

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<this> {
    this.healthPort = await freePort();
    this.child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'info', WORKER_HEALTH_PORT: String(this.healthPort), ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk) => this.output.push(String(chunk)));
    this.child.stderr?.on('data', (chunk) => this.output.push(String(chunk)));
    await waitFor(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`worker exited early:\n${this.output.join('')}`);
        return fetch(`http://127.0.0.1:${this.healthPort}/health`).then((response) => response.ok, () => false);
      },
      30_000,
      'the worker health endpoint',
    );
    return this;
  }

  /** kill -9: no shutdown hooks, no lock release, in-flight jobs abandoned. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** A throwaway redis-server on its own port, without persistence (a restart loses everything). */
export class RedisServer {
  private child?: ChildProcess;

  constructor(readonly port: number) {}

  async start(): Promise<this> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = createConnection(this.port);
          socket.once('connect', () => {
            socket.end();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        }),
      10_000,
      'redis-server',
    );
    return this;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }
}

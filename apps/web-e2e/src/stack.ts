import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const WORKSPACE = new URL('../../../', import.meta.url).pathname;
const SWC = ['--import', '@swc-node/register/esm-register'];

async function unusedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** One of the workspace's Node programs, its output kept for the failure message. */
class NodeProgram {
  private child?: ChildProcess;
  private readonly output: string[] = [];

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string>,
  ) {}

  start(): this {
    this.child = spawn(process.execPath, [...SWC, this.script], {
      cwd: WORKSPACE,
      // NODE_OPTIONS of the Jest run (--experimental-vm-modules) is not for the apps.
      env: { ...process.env, NODE_OPTIONS: '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk) => this.output.push(String(chunk)));
    this.child.stderr?.on('data', (chunk) => this.output.push(String(chunk)));
    return this;
  }

  log(): string {
    return this.output.join('').slice(-4000);
  }

  async healthy(url: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) throw new Error(`${this.name} exited early:\n${this.log()}`);
      if (await fetch(url).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} did not answer ${url} within ${timeoutMs} ms:\n${this.log()}`);
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

export interface Stack {
  baseUrl: string;
  /** The demo accounts' password (SEED_DEMO_PASSWORD, or the seed's default). */
  demoPassword: string;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Seeds the run's database (already created and migrated by the global setup), then starts the
 * API, which serves the built web app, and the worker, which issues badges, on free ports.
 */
export async function startStack(): Promise<Stack> {
  const [apiPort, workerPort] = [await unusedPort(), await unusedPort()];
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const env = {
    PUBLIC_BASE_URL: baseUrl,
    API_HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    WORKER_HEALTH_PORT: String(workerPort),
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  };
  await execFileAsync(process.execPath, [...SWC, 'prisma/seed.ts'], { cwd: WORKSPACE, env: { ...process.env, NODE_OPTIONS: '', ...env } });
  const api = new NodeProgram('api', 'apps/api/src/main.ts', env).start();
  const worker = new NodeProgram('worker', 'apps/worker/src/main.ts', env).start();
  try {
    await Promise.all([api.healthy(`${baseUrl}/health`), worker.healthy(`http://127.0.0.1:${workerPort}/health`)]);
  } catch (error) {
    await Promise.all([api.stop(), worker.stop()]);
    throw error;
  }
  return {
    baseUrl,
    demoPassword: process.env.SEED_DEMO_PASSWORD ?? 'learn-with-stacks',
    logs: () => `--- api ---\n${api.log()}\n--- worker ---\n${worker.log()}`,
    stop: async () => {
      await Promise.all([api.stop(), worker.stop()]);
    },
  };
}

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_BIN = process.env.FAULTS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    await sleep(50);
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A PostgreSQL cluster of our own in a temp directory (never the machine's shared server, which
 * other work depends on). initdb refuses to run as root, so every pg binary runs as `postgres`.
 */
export class PostgresServer {
  private dataDir = '';
  private root = '';

  constructor(readonly port: number) {}

  private asPostgres(binary: string, args: string[]) {
    const asRoot = process.getuid?.() === 0;
    const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, binary), ...args]] : [path.join(PG_BIN, binary), args];
    return run(command as string, argv as string[], { maxBuffer: 10 * 1024 * 1024 });
  }

  async init(): Promise<this> {
    this.root = mkdtempSync(path.join(tmpdir(), 'stacks-faults-pg-'));
    chmodSync(this.root, 0o700);
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(this.root, Number(stdout.trim()), Number(gid.trim()));
    }
    this.dataDir = path.join(this.root, 'data');
    await this.asPostgres('initdb', ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    return this;
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.root} -c fsync=off -c max_connections=100`;
    await this.asPostgres('pg_ctl', ['-D', this.dataDir, '-l', path.join(this.root, 'server.log'), '-o', options, '-w', 'start']);
    await waitFor(() => portOpen(this.port), 10_000, 'postgres to listen');
  }

  /** Fast shutdown: open connections are cut, in-flight transactions roll back. */
  async stop(): Promise<void> {
    await this.asPostgres('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    if (this.root) rmSync(this.root, { recursive: true, force: true });
  }
}

/** A redis-server on its own port without persistence: a restart comes back empty. */
export class RedisServer {
  private child?: ChildProcess;

  constructor(readonly port: number) {}

  async start(): Promise<this> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(() => portOpen(this.port), 10_000, 'redis-server');
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

/** One of our apps (apps/<name>/src/main.ts) as a child process, with its output kept for the report. */
export class AppProcess {
  child?: ChildProcess;
  readonly output: string[] = [];

  constructor(
    private readonly script: string,
    private readonly env: Record<string, string>,
  ) {}

  start(): this {
    this.child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', this.script], {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk) => this.output.push(String(chunk)));
    this.child.stderr?.on('data', (chunk) => this.output.push(String(chunk)));
    return this;
  }

  async waitForHealth(url: string, timeoutMs = 60_000): Promise<this> {
    await waitFor(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`${this.script} exited early:\n${this.output.join('').slice(-3000)}`);
        return fetch(url).then((response) => response.ok, () => false);
      },
      timeoutMs,
      `${this.script} health at ${url}`,
    );
    return this;
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

/**
 * Test doubles that live beside the apps (the Discord stand-ins, the SMTP catcher), loaded at run
 * time by path: the fault tool drives them like the apps' own tests do without a static
 * tool → app import.
 */
export async function loadRepoModule<T>(relativePath: string): Promise<T> {
  return (await import(new URL(`../../../${relativePath}`, import.meta.url).href)) as T;
}

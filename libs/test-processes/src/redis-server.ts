import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { portOpen } from './ports.js';
import { waitFor } from './wait-for.js';

/** A throwaway redis-server on its own port, without persistence: a restart comes back empty. */
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

import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { portOpen, waitFor } from '@stacks/test-processes';

const run = promisify(execFile);
const PG_BIN = process.env.FAULTS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

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

/**
 * Test doubles that live beside the apps (the Discord stand-ins, the SMTP catcher), loaded at run
 * time by path: the fault tool drives them like the apps' own tests do without a static
 * tool → app import.
 */
export async function loadRepoModule<T>(relativePath: string): Promise<T> {
  return (await import(new URL(`../../../${relativePath}`, import.meta.url).href)) as T;
}

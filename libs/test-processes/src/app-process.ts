import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { LIFELINE_FD } from './exit-with-parent.js';
import { waitFor } from './wait-for.js';

/**
 * How long a child program may take to answer its health check. An idle machine needs a few
 * seconds; CI runs two suites on two cores, where compiling and importing an app can take 20 s
 * or more. Start-up time is not what these tests measure, so the bound is generous.
 */
export const PROCESS_START_TIMEOUT_MS = 120_000;
/** A `beforeAll` that starts programs: their start-up plus the set-up around it. */
export const PROCESS_SETUP_TIMEOUT_MS = PROCESS_START_TIMEOUT_MS + 60_000;

/** Scripts are named relative to the workspace root, wherever the caller runs from. */
const WORKSPACE = fileURLToPath(new URL('../../../', import.meta.url));
const EXIT_WITH_PARENT = new URL('./exit-with-parent.ts', import.meta.url).href;

export interface AppProcessOptions {
  /** Extra `node` flags before the script (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
}

/**
 * One of the workspace's TypeScript programs (an app's main.ts, a benchmark server) as a child
 * process run through SWC, with its output kept for failure messages. The Jest run's
 * NODE_OPTIONS (--experimental-vm-modules) are not passed on; LOG_LEVEL defaults to info, and logs
 * are JSON lines (LOG_PRETTY=false: tests read them, and Nx's FORCE_COLOR would otherwise make a
 * development-mode child print readable lines). The child stops when its parent dies, however it
 * dies (exit-with-parent.ts), so a killed test run leaves no program behind.
 */
export class AppProcess {
  child?: ChildProcess;
  readonly output: string[] = [];

  constructor(
    readonly script: string,
    private readonly env: Record<string, string>,
    private readonly options: AppProcessOptions = {},
  ) {}

  start(): this {
    this.child = spawn(process.execPath, [...(this.options.nodeArgs ?? []), '--import', '@swc-node/register/esm-register', '--import', EXIT_WITH_PARENT, this.script], {
      cwd: WORKSPACE,
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'info', LOG_PRETTY: 'false', STACKS_LIFELINE_FD: String(LIFELINE_FD), ...this.env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    // Held open, never written: its closing, when this process dies, is the child's signal to stop.
    (this.child.stdio[LIFELINE_FD] as Socket | null)?.unref();
    this.child.stdout?.on('data', (chunk) => this.output.push(String(chunk)));
    this.child.stderr?.on('data', (chunk) => this.output.push(String(chunk)));
    return this;
  }

  /** The end of what it printed, for an error message. */
  log(characters = 4000): string {
    return this.output.join('').slice(-characters);
  }

  get running(): boolean {
    return Boolean(this.child) && this.child?.exitCode === null && this.child?.signalCode === null;
  }

  /** Resolves once `url` answers 2xx; fails at once, with its output, if the process exits first. */
  async waitForHealth(url: string, timeoutMs = PROCESS_START_TIMEOUT_MS): Promise<this> {
    await waitFor(
      async () => {
        if (!this.running) throw new Error(`${this.script} exited early:\n${this.log()}`);
        return fetch(url).then((response) => response.ok, () => false);
      },
      timeoutMs,
      `${this.script} health at ${url}`,
    );
    return this;
  }

  /** kill -9: no shutdown hooks, no lock release, in-flight work abandoned. */
  async kill(): Promise<void> {
    if (!this.running || !this.child) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM for a graceful shutdown; SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running || !this.child) return;
    const child = this.child;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

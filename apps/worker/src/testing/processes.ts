import { AppProcess, freePort } from '@stacks/test-processes';

/** The real worker (apps/worker/src/main.ts) as a child process on a health port of its own. */
export class WorkerProcess {
  private program?: AppProcess;
  healthPort = 0;

  constructor(private readonly env: Record<string, string>) {}

  get output(): string[] {
    return this.program?.output ?? [];
  }

  async start(): Promise<this> {
    this.healthPort = await freePort();
    this.program = new AppProcess('apps/worker/src/main.ts', { WORKER_HEALTH_PORT: String(this.healthPort), ...this.env }).start();
    await this.program.waitForHealth(`http://127.0.0.1:${this.healthPort}/health`);
    return this;
  }

  /** kill -9: no shutdown hooks, no lock release, in-flight jobs abandoned. */
  async kill(): Promise<void> {
    await this.program?.kill();
  }

  async stop(): Promise<void> {
    await this.program?.stop();
  }
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppProcess, freePort, SmtpCatcher, waitFor } from '@stacks/test-processes';

const execFileAsync = promisify(execFile);
const WORKSPACE = new URL('../../../', import.meta.url).pathname;
const SWC = ['--import', '@swc-node/register/esm-register'];

export interface Stack {
  baseUrl: string;
  /** The demo accounts' password (SEED_DEMO_PASSWORD, or the seed's default). */
  demoPassword: string;
  /** The last link to `path` mailed to `address` (the stack's SMTP server keeps every mail). */
  mailedLink(address: string, path: string): Promise<string>;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Seeds the run's database (already created and migrated by the global setup), then starts the
 * API, which serves the built web app, and the worker, which issues badges, on free ports.
 */
export async function startStack(): Promise<Stack> {
  const [apiPort, workerPort] = [await freePort(), await freePort()];
  const smtp = await new SmtpCatcher().start();
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const env = {
    PUBLIC_BASE_URL: baseUrl,
    API_HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    WORKER_HEALTH_PORT: String(workerPort),
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    SMTP_URL: smtp.url,
  };
  await execFileAsync(process.execPath, [...SWC, 'prisma/seed.ts'], { cwd: WORKSPACE, env: { ...process.env, NODE_OPTIONS: '', ...env } });
  const api = new AppProcess('apps/api/src/main.ts', env).start();
  const worker = new AppProcess('apps/worker/src/main.ts', env).start();
  try {
    await Promise.all([api.waitForHealth(`${baseUrl}/health`), worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`)]);
  } catch (error) {
    await Promise.all([api.stop(), worker.stop(), smtp.stop()]);
    throw error;
  }
  return {
    baseUrl,
    demoPassword: process.env.SEED_DEMO_PASSWORD ?? 'learn-with-stacks',
    mailedLink: (address, path) => waitFor(() => smtp.lastLink(address, path)?.url, 20_000, `a mail to ${address} with a ${path} link`),
    logs: () => `--- api ---\n${api.log()}\n--- worker ---\n${worker.log()}`,
    stop: async () => {
      await Promise.all([api.stop(), worker.stop(), smtp.stop()]);
    },
  };
}

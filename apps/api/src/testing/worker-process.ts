import { AppProcess, freePort } from '@stacks/test-processes';

/**
 * The real worker (apps/worker/src/main.ts) with this test run's settings plus `env` (e.g. another
 * DATABASE_URL or QUEUE_PREFIX), at warn level. Resolves once its health endpoint answers.
 */
export async function startWorker(env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const worker = new AppProcess('apps/worker/src/main.ts', { WORKER_HEALTH_PORT: String(port), LOG_LEVEL: 'warn', ...env }).start();
  try {
    return await worker.waitForHealth(`http://127.0.0.1:${port}/health`);
  } catch (error) {
    await worker.kill();
    throw error;
  }
}

import { AppProcess, portOpen } from '@stacks/test-processes';

/** Starts a server script in its own process (so it does not share a CPU with the load generator). */
export async function startServer(script: string, env: Record<string, string>, port: number): Promise<{ pid: number | undefined; stop(): Promise<void> }> {
  // Another run's server on the same port would answer the health check and take the load:
  // figures from the wrong process, against another database.
  if (await portOpen(port)) throw new Error(`port ${port} is already in use (another bench or load run?); stop it or choose other ports`);
  // BENCH_PROFILE=1 writes a V8 CPU profile per server to tmp/bench/profiles (open it in Chrome DevTools).
  const nodeArgs = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', '--cpu-prof-dir=tmp/bench/profiles'] : [];
  const server = new AppProcess(script, { LOG_LEVEL: 'warn', ...env }, { nodeArgs }).start();
  await server.waitForHealth(`http://127.0.0.1:${port}/health`);
  // A profile is written on a clean exit: SIGTERM, never SIGKILL, however long the flush takes.
  return { pid: server.child?.pid, stop: () => server.stop(60_000) };
}

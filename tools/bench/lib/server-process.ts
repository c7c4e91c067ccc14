import { readFileSync } from 'node:fs';
import { AppProcess, portOpen } from '@stacks/test-processes';

/** Linux's USER_HZ: /proc reports process CPU time in ticks of 1/100 s. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) a process has used so far, from /proc (NaN elsewhere). Unlike
 * requests per second, CPU time per request barely moves when other work loads the machine.
 */
export function processCpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime (fields 14 and 15)
  } catch {
    return Number.NaN;
  }
}

/** Starts a server script in its own process (so it does not share a CPU with the load generator). */
export async function startServer(script: string, env: Record<string, string>, port: number): Promise<{ pid: number | undefined; cpuSeconds(): number; stop(): Promise<void> }> {
  // Another run's server on the same port would answer the health check and take the load:
  // figures from the wrong process, against another database.
  if (await portOpen(port)) throw new Error(`port ${port} is already in use (another bench or load run?); stop it or choose other ports`);
  // BENCH_PROFILE=1 writes a V8 CPU profile per server to tmp/bench/profiles (open it in Chrome DevTools).
  const nodeArgs = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', '--cpu-prof-dir=tmp/bench/profiles'] : [];
  const server = new AppProcess(script, { LOG_LEVEL: 'warn', ...env }, { nodeArgs }).start();
  await server.waitForHealth(`http://127.0.0.1:${port}/health`);
  // A profile is written on a clean exit: SIGTERM, never SIGKILL, however long the flush takes.
  const pid = server.child?.pid;
  return { pid, cpuSeconds: () => processCpuSeconds(pid), stop: () => server.stop(60_000) };
}

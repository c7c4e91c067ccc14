import { type ChildProcess, spawn } from 'node:child_process';

/** Starts a server script in its own process (so it does not share a CPU with the load generator). */
export async function startServer(script: string, env: Record<string, string>, port: number): Promise<{ stop(): Promise<void> }> {
  // BENCH_PROFILE=1 writes a V8 CPU profile per server to tmp/bench/profiles (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', '--cpu-prof-dir=tmp/bench/profiles'] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', '@swc-node/register/esm-register', script], {
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${script} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

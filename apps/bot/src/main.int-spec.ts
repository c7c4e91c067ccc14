import { spawn } from 'node:child_process';
import { once } from 'node:events';

describe('bot process in console mode', () => {
  it('starts without a Discord token and exits 0 on SIGTERM within 10 s', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
    delete env.DISCORD_TOKEN;
    const bot = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/bot/src/main.ts'], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    try {
      let stderr = '';
      bot.stderr.on('data', (chunk) => (stderr += String(chunk)));
      const deadline = Date.now() + 90_000; // start-up on a busy two-core CI machine can take tens of seconds
      while (!stderr.includes('console mode') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(stderr).toContain('console mode');
      const stoppedAt = Date.now();
      bot.kill('SIGTERM');
      const [code] = await once(bot, 'exit');
      expect(code).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    } finally {
      bot.kill('SIGKILL');
    }
  }, 120_000);
});

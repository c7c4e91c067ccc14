import { loadConfigOrExit } from '@stacks/config';
import { runConsole } from './app/console-channel.js';
import { runDiscord } from './app/discord-channel.js';
import { PlaceholderAnswerer } from './app/placeholder-answerer.js';

const config = loadConfigOrExit();
const answerer = new PlaceholderAnswerer();
const log = (message: string) => process.stderr.write(`${JSON.stringify({ level: 30, service: 'bot', msg: message })}\n`);

if (config.DISCORD_TOKEN) {
  const client = await runDiscord(config.DISCORD_TOKEN, answerer, log);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, async () => {
      await client.destroy();
      process.exit(0);
    });
  }
} else {
  // Handlers first: the log line is the readiness signal supervisors (and our test) wait for.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
  log('No DISCORD_TOKEN: console mode. Type a question and press Enter.');
  await runConsole(answerer, process.stdin, process.stdout, process.argv.includes('--json'));
}

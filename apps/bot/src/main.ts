import { loadConfigOrExit } from '@stacks/config';
import { createPrismaClient } from '@stacks/db';
import { runConsole } from './app/console-channel.js';
import { runDiscord } from './app/discord-channel.js';
import { createCatalogueAnswerer } from './app/catalogue-answerer.js';

const config = loadConfigOrExit();
const log = (message: string) => process.stderr.write(`${JSON.stringify({ level: 30, service: 'bot', msg: message })}\n`);
// The answer index comes from the database (or the seed catalogue without one); no Redis needed.
const catalogue = await createCatalogueAnswerer(config, log);
const answerer = catalogue.answerer;
log(`Answering from the ${catalogue.origin}.`);

if (config.DISCORD_TOKEN) {
  const prisma = createPrismaClient(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS });
  const client = await runDiscord({
    token: config.DISCORD_TOKEN,
    deps: { prisma, answerer, now: () => new Date(), publicBaseUrl: config.PUBLIC_BASE_URL },
    log,
    clientOptions: { rest: { api: config.DISCORD_API_BASE_URL } },
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, async () => {
      await client.destroy();
      await prisma.$disconnect();
      process.exit(0);
    });
  }
} else {
  // Handlers first: the log line is the readiness signal supervisors (and our test) wait for.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
  log('No DISCORD_TOKEN: console mode. Type a question and press Enter.');
  await runConsole(answerer, process.stdin, process.stdout, process.argv.includes('--json'));
  // Input ended: release the database pool so the process can exit.
  await catalogue.close();
}

import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { runSeed } from '@stacks/db/seed';
import { DiscordStandIn } from '@stacks/test-processes/discord-stand-in';
import { testPrisma } from './testing/fixtures.js';

/**
 * The bot process exactly as `npm run start:bot` runs it (main.ts, its real answering engine over
 * the seeded catalogue), with DISCORD_TOKEN set and DISCORD_API_BASE_URL pointing at a local
 * Discord stand-in: it must connect, answer /ask within Discord's window, and stop cleanly.
 */
describe('bot process in Discord mode', () => {
  let standIn: DiscordStandIn;
  let bot: ChildProcessWithoutNullStreams | undefined;
  let stderr = '';

  beforeAll(async () => {
    const prisma = testPrisma();
    try {
      await runSeed(prisma, { demoAccounts: false, demoPassword: 'unused-in-this-test', hashPassword: async (password) => password });
    } finally {
      await prisma.$disconnect();
    }
    standIn = await DiscordStandIn.start();
  });

  afterAll(async () => {
    bot?.kill('SIGKILL');
    await standIn?.close();
  });

  it('connects with the token, answers /ask through the interaction callback, and exits 0 on SIGTERM', async () => {
    bot = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/bot/src/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', DISCORD_TOKEN: standIn.token, DISCORD_API_BASE_URL: standIn.restUrl },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    bot.stderr.on('data', (chunk) => (stderr += String(chunk)));
    await standIn.waitForGatewayFrame((frame) => frame.op === 2, 30_000);
    const deadline = Date.now() + 10_000;
    while (!stderr.includes('Discord bot connected') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stderr).toContain('Discord bot connected as stacks-bot');

    const interaction = standIn.sendInteraction('ask', { options: [{ name: 'question', type: 3, value: 'What does NDORH stand for?' }] });
    const ack = await standIn.callbackFor(interaction);
    expect(ack.at - interaction.sentAt).toBeLessThan(3000);
    expect(ack.body).toMatchObject({ type: 5 });
    const edit = (await standIn.editFor(interaction)).body as { embeds: { title: string; description: string; footer: { text: string } }[] };
    expect(edit.embeds[0].title).toBe('What does NDORH stand for?');
    // The engine's answer from the seeded catalogue, as console mode gives it.
    expect(edit.embeds[0].description).toContain('Racial Healing');
    expect(edit.embeds[0].footer.text).toMatch(/^Confidence \d+%$/);

    const stoppedAt = Date.now();
    bot.kill('SIGTERM');
    const [code] = await once(bot, 'exit');
    expect(code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  }, 60_000);
});

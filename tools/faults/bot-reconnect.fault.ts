// The bot process (apps/bot/src/main.ts, real discord.js client) against the local Discord
// stand-in: the gateway drops the socket, once resumable (close 4000) and once not (close 1000);
// we time the RESUME / IDENTIFY that follows and the first member question answered afterwards.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createPrismaClient } from '@stacks/db';
import { runSeed } from '@stacks/db/seed';
import { createDisposableDatabase } from '@stacks/db/testing';
import { AppProcess, freePort, sleep, waitFor } from '@stacks/test-processes';
import { loadRepoModule, PostgresServer } from './lib/processes.js';
import type { ScenarioResult } from './scenario.js';

interface GatewayFrame {
  op: number;
  at: number;
  connection: number;
}
interface SentInteraction {
  id: string;
  token: string;
  sentAt: number;
}
interface RecordedRequest {
  at: number;
  body: unknown;
}
interface GatewayStandIn {
  token: string;
  restUrl: string;
  openConnections: number;
  gatewayFrames: GatewayFrame[];
  dropConnections(code?: number): void;
  sendInteraction(command: string, options: { options: unknown[]; userId?: string }): SentInteraction;
  callbackFor(interaction: SentInteraction, timeoutMs?: number): Promise<RecordedRequest>;
  editFor(interaction: SentInteraction, timeoutMs?: number): Promise<RecordedRequest>;
  waitForGatewayFrame(matches: (frame: GatewayFrame) => boolean, timeoutMs?: number): Promise<GatewayFrame>;
  close(): Promise<void>;
}

const OP_IDENTIFY = 2;
const OP_RESUME = 6;

export async function botReconnectFault(): Promise<ScenarioResult> {
  const { DiscordStandIn } = await loadRepoModule<{ DiscordStandIn: { start(): Promise<GatewayStandIn> } }>('libs/test-processes/src/discord-stand-in.ts');
  const postgres = await new PostgresServer(await freePort()).init();
  await postgres.start();
  const database = await createDisposableDatabase(postgres.url, 'stacks_faults', { migrate: true });
  const prisma = createPrismaClient(database.url);
  await runSeed(prisma, { demoAccounts: false, demoPassword: 'unused-by-the-fault-run', hashPassword: async (password) => password });
  await prisma.$disconnect();
  const standIn = await DiscordStandIn.start();
  const bot = new AppProcess('apps/bot/src/main.ts', { DATABASE_URL: database.url, DISCORD_TOKEN: standIn.token, DISCORD_API_BASE_URL: standIn.restUrl });
  let asked = 0;
  /** A member runs /ask; resolves with the milliseconds until the deferred reply was edited with the answer. */
  const ask = async (question: string) => {
    asked += 1;
    const interaction = standIn.sendInteraction('ask', { options: [{ name: 'question', type: 3, value: question }], userId: String(900_000_000_000_000_000n + BigInt(asked)) });
    await standIn.callbackFor(interaction, 5_000);
    const edit = await standIn.editFor(interaction, 15_000);
    const title = (edit.body as { embeds?: { title?: string }[] }).embeds?.[0]?.title;
    if (title !== question) throw new Error(`the answer to "${question}" came back titled "${title}"`);
    return edit.at;
  };
  /** Drops every gateway socket and times the client's way back: the reconnect frame, an open connection, an answer. */
  const drop = async (code: number, expectedOp: number, question: string) => {
    const framesBefore = standIn.gatewayFrames.length;
    const droppedAt = Date.now();
    standIn.dropConnections(code);
    const frame = await standIn.waitForGatewayFrame((candidate) => candidate.op === expectedOp && standIn.gatewayFrames.indexOf(candidate) >= framesBefore, 20_000);
    await waitFor(() => standIn.openConnections === 1, 5_000, 'one open gateway connection');
    // Questions sent into the void while no socket is open would be lost (Discord itself would replay them on RESUME).
    await sleep(100);
    const answeredAt = await ask(question);
    return { closeCode: code, reconnectFrame: expectedOp === OP_RESUME ? 'RESUME' : 'IDENTIFY', frameAfterMs: frame.at - droppedAt, answeredAfterMs: answeredAt - droppedAt };
  };
  try {
    bot.start();
    await standIn.waitForGatewayFrame((frame) => frame.op === OP_IDENTIFY, 60_000);
    await waitFor(() => bot.output.join('').includes('Discord bot connected'), 15_000, 'the bot to report READY');
    const baselineSentAt = Date.now();
    const baselineMs = (await ask('What does NDORH stand for?')) - baselineSentAt;
    const resumable = await drop(4000, OP_RESUME, 'What is LTC?');
    const fresh = await drop(1000, OP_IDENTIFY, 'Who can join a learning series?');
    const log = bot.output.join('');
    const failures: string[] = [];
    if (!log.includes('resumed')) failures.push('the bot never logged a resumed shard');
    if (bot.child?.exitCode !== null) failures.push('the bot process exited');
    return {
      name: 'bot-reconnect',
      passed: failures.length === 0,
      summary:
        `close 4000 → RESUME after ${resumable.frameAfterMs} ms, answering ${resumable.answeredAfterMs} ms after the drop; ` +
        `close 1000 → IDENTIFY after ${fresh.frameAfterMs} ms, answering ${fresh.answeredAfterMs} ms after the drop; baseline answer ${baselineMs} ms`,
      failures,
      figures: { baselineAnswerMs: baselineMs, resumable, fresh, identifies: standIn.gatewayFrames.filter((frame) => frame.op === OP_IDENTIFY).length },
    };
  } catch (error) {
    mkdirSync('tmp/faults', { recursive: true });
    writeFileSync('tmp/faults/bot-reconnect.log', bot.output.join(''));
    throw error;
  } finally {
    await bot.stop();
    await standIn.close();
    await postgres.destroy();
  }
}

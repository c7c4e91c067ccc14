import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { PrismaClient } from '@stacks/db';
import { runSeed } from '@stacks/db/seed';
import { AppProcess, freePort, PROCESS_SETUP_TIMEOUT_MS, PROCESS_START_TIMEOUT_MS, waitFor } from '@stacks/test-processes';
import { DiscordStandIn } from '@stacks/test-processes/discord-stand-in';
import { testPrisma } from '../testing/fixtures.js';

/**
 * The "done when", across processes: a staff member adds an FAQ entry through the real API
 * process, and the real bot process (main.ts, Discord mode against the local stand-in) answers
 * /ask with it seconds later, follows an edit, and stops using it once retired. Both processes
 * share the run's seeded database; the bot re-checks the catalogue version every second.
 */

const QUESTION = 'Where do staff park at the Stacks test branch?';
const VARIANT = 'stacks test branch staff parking';
const FIRST_ANSWER = 'Staff park in the Wombat Lane garage behind the Stacks test branch; show your badge at the gate.';
const EDITED_ANSWER = 'Staff park at the Heron Street lot opposite the Stacks test branch; the garage is closed for repairs.';
/** ANSWERING_REFRESH_SECONDS is 1: a change must show within a few checks, not a minute. */
const FOLLOWS_WITHIN_MS = 15_000;
const ADMIN_PASSWORD = 'a-long-admin-password';

describe('staff teach the bot an FAQ entry through the API, and the Discord bot answers with it (real API, bot, PostgreSQL and discord.js)', () => {
  let standIn: DiscordStandIn;
  let prisma: PrismaClient;
  let api: AppProcess;
  let bot: AppProcess;
  let apiBase: string;
  let adminAuth: { authorization: string };
  /** A new member per question, so polling never runs into the bot's per-member rate limit. */
  let askers = 0;

  beforeAll(async () => {
    prisma = testPrisma();
    // The seeded catalogue and FAQ, so the new entry has to win against real content.
    await runSeed(prisma, { demoAccounts: false, demoPassword: 'unused-in-this-test', hashPassword: async (password) => password });
    standIn = await DiscordStandIn.start();
    const port = await freePort();
    apiBase = `http://127.0.0.1:${port}`;
    api = new AppProcess('apps/api/src/main.ts', { LOG_LEVEL: 'warn', API_HOST: '127.0.0.1', API_PORT: String(port) }).start();
    bot = new AppProcess('apps/bot/src/main.ts', { DISCORD_TOKEN: standIn.token, DISCORD_API_BASE_URL: standIn.restUrl, ANSWERING_REFRESH_SECONDS: '1' }).start();
    await api.waitForHealth(`${apiBase}/health`);
    await waitFor(
      () => {
        if (!bot.running) throw new Error(`the bot exited early:\n${bot.log()}`);
        return bot.log().includes('Discord bot connected');
      },
      PROCESS_START_TIMEOUT_MS,
      'the bot to connect to the Discord stand-in',
    );
    adminAuth = await signInNewAdmin();
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all([bot?.stop(), api?.stop()]);
    await standIn?.close();
    await prisma?.$disconnect();
  });

  /** Admins are never self-registered (as apps/api's createAdmin does): created directly, then signed in through the API. */
  async function signInNewAdmin(): Promise<{ authorization: string }> {
    const email = `faq-admin-${randomUUID().slice(0, 8)}@bot-test.example`;
    await prisma.user.create({ data: { email, passwordHash: await hash(ADMIN_PASSWORD, { algorithm: 2 }), displayName: 'FAQ admin', role: 'ADMIN' } });
    const response = await adminRequest('POST', '/auth/login', { email, password: ADMIN_PASSWORD }, {});
    return { authorization: `Bearer ${response.accessToken}` };
  }

  async function adminRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = adminAuth): Promise<Record<string, unknown>> {
    const response = await fetch(`${apiBase}/api/v1${path}`, {
      method,
      // No content-type without a body: Fastify refuses an empty JSON body.
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text);
  }

  /** The bot's reply to /ask, as Discord shows it: the embed's description. */
  async function askBot(question: string): Promise<string> {
    askers += 1;
    const interaction = standIn.sendInteraction('ask', { options: [{ name: 'question', type: 3, value: question }], userId: String(900_000_000_000_000_000n + BigInt(askers)) });
    const edit = (await standIn.editFor(interaction)).body as { embeds?: { description?: string }[] };
    return edit.embeds?.[0]?.description ?? '';
  }

  /** Asks until the reply satisfies `matches`; the last reply is in the timeout message. */
  async function botAnswerWhen(question: string, matches: (reply: string) => boolean, what: string): Promise<string> {
    let last = '';
    try {
      return await waitFor(async () => {
        last = await askBot(question);
        return matches(last) && last;
      }, FOLLOWS_WITHIN_MS, what);
    } catch (error) {
      throw new Error(`${(error as Error).message}; the bot last said: ${last}`);
    }
  }

  it('does not know, then answers with the new entry within seconds, follows an edit, and stops using it once retired', async () => {
    expect(await askBot(QUESTION)).toMatch(/^I don't know/);

    const slug = `stacks-test-branch-parking-${randomUUID().slice(0, 6)}`;
    const created = await adminRequest('POST', '/admin/faq', { slug, question: QUESTION, variants: [VARIANT], keywords: 'parking car park garage', answer: FIRST_ANSWER, aspect: 'general' });
    expect(created).toMatchObject({ slug, retiredAt: null });
    const taughtAt = Date.now();
    expect(await botAnswerWhen(QUESTION, (reply) => reply.includes('Wombat Lane garage'), 'the bot to answer with the new entry')).toContain(FIRST_ANSWER);
    expect(Date.now() - taughtAt).toBeLessThan(FOLLOWS_WITHIN_MS);
    // Another phrasing staff gave finds the same entry.
    expect(await askBot(VARIANT)).toContain(FIRST_ANSWER);

    await adminRequest('PATCH', `/admin/faq/${slug}`, { answer: EDITED_ANSWER });
    const edited = await botAnswerWhen(QUESTION, (reply) => reply.includes('Heron Street lot'), 'the bot to follow the edit');
    expect(edited).toContain(EDITED_ANSWER);
    expect(edited).not.toContain('Wombat');

    await adminRequest('POST', `/admin/faq/${slug}/retire`);
    const retired = await botAnswerWhen(QUESTION, (reply) => !reply.includes('Heron Street'), 'the bot to stop using the retired entry');
    expect(retired).toMatch(/^I don't know/);
  }, 90_000);
});

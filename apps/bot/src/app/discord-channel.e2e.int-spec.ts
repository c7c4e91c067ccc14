import { type Client, MessageFlags } from 'discord.js';
import type { PrismaClient } from '@stacks/db';
import type { Answer, Answerer } from './answerer.js';
import { runDiscord } from './discord-channel.js';
import { TokenBucketLimiter } from './rate-limit/token-bucket.js';
import { DiscordStandIn, type RecordedRequest } from '@stacks/test-processes/discord-stand-in';
import { complete, createLearner, createSeries, issueLinkCode, testPrisma } from '../testing/fixtures.js';

/**
 * End to end: the real discord.js Client logs in to a Discord stand-in on loopback (REST +
 * gateway WebSocket), receives INTERACTION_CREATE dispatches and answers through the
 * interaction callback and the webhook edit, exactly as it would with Discord.
 */

/** Answers from a fixed list and records what it was asked; the engine itself is tested in libs/answering. */
class RecordingAnswerer implements Answerer {
  readonly questions: string[] = [];
  readonly topics: { entryId: string; question?: string }[] = [];
  async answer(question: string): Promise<Answer> {
    this.questions.push(question);
    if (question.startsWith('related:')) {
      return {
        question,
        answer: 'Models for Change is funded by IMLS.',
        sources: [],
        confidence: 0.9,
        entryId: 'program:ltc-models-for-change:organisations',
        relatedTopics: [{ entryId: 'faq:mfc-free', topic: 'Is Models for Change free?' }],
      };
    }
    if (question.startsWith('unsure:')) {
      return {
        question,
        answer: "I don't know the answer to that from the catalogue. These close topics may help.",
        sources: [],
        confidence: 0.2,
        suggestedTopics: [
          { entryId: 'faq:mfc-free', topic: 'Is Models for Change free?' },
          { entryId: 'faq:retired', topic: 'Retired topic' },
        ],
      };
    }
    // Stands for a slow database or model: the answer takes longer than Discord's ack window.
    if (question.startsWith('slowly:')) await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_MS));
    return {
      question,
      answer: 'The next NDORH webinar is on 3 December.',
      sources: [{ title: 'National Day of Racial Healing', url: 'https://stacks.example/programs/ndorh' }],
      confidence: 0.82,
    };
  }

  async answerTopic(entryId: string, question?: string): Promise<Answer | null> {
    this.topics.push({ entryId, question });
    if (entryId !== 'faq:mfc-free') return null;
    return {
      question: 'Is Models for Change free?',
      answer: 'Yes: every Models for Change webinar and workshop is free.',
      sources: [{ title: 'Models for Change', url: 'https://stacks.example/programs/ltc-models-for-change' }],
      confidence: 1,
      entryId,
    };
  }
}

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } };
type Button = { type: number; custom_id: string; emoji?: { name: string }; label?: string };
type Edit = { content?: string; embeds?: Embed[]; components?: { type: number; components: Button[] }[] };

const DEFERRED_CHANNEL_MESSAGE = 5;
const DISCORD_ACK_LIMIT_MS = 3000;
const SLOW_ANSWER_MS = 3500;

describe('Discord bot against a local Discord stand-in (real discord.js Client)', () => {
  let standIn: DiscordStandIn;
  let client: Client;
  let prisma: PrismaClient;
  const answerer = new RecordingAnswerer();
  const logs: string[] = [];

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    prisma = testPrisma();
    client = await runDiscord({
      token: standIn.token,
      deps: { prisma, answerer, now: () => new Date(), publicBaseUrl: 'https://stacks.example' },
      log: (message) => logs.push(message),
      // The bot's burst of 5, but no refill during the test run, so the flood test is exact on a slow machine.
      limiter: new TokenBucketLimiter({ capacity: 5, refillMs: 3_600_000 }),
      clientOptions: { rest: { api: standIn.restUrl } },
    });
    await standIn.waitForGatewayFrame((frame) => frame.op === 2);
  });

  afterAll(async () => {
    await client?.destroy();
    await standIn?.close();
    await prisma?.$disconnect();
  });

  /** Runs a slash command and returns the acknowledgement and the final answer. */
  async function run(name: string, options: unknown[] = [], userId?: string, inDirectMessage = false): Promise<{ ack: RecordedRequest; ackMs: number; edit: Edit }> {
    const interaction = standIn.sendInteraction(name, { options, userId, inDirectMessage });
    const ack = await standIn.callbackFor(interaction);
    const edit = await standIn.editFor(interaction);
    return { ack, ackMs: ack.at - interaction.sentAt, edit: edit.body as Edit };
  }

  it('identified with the bot token and is ready', () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(standIn.botUserId);
    const identify = standIn.gatewayFrames.find((frame) => frame.op === 2);
    expect(identify?.d).toMatchObject({ token: standIn.token, shard: [0, 1] });
  });

  it('answers /ask through the interaction callback within 3 seconds, in an embed everyone can see', async () => {
    const { ack, ackMs, edit } = await run('ask', [{ name: 'question', type: 3, value: 'When is the next NDORH webinar?' }]);
    expect(ackMs).toBeLessThan(DISCORD_ACK_LIMIT_MS);
    expect(ack.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: 0 } });
    expect(answerer.questions).toContain('When is the next NDORH webinar?');
    expect(edit.embeds).toHaveLength(1);
    expect(edit.embeds?.[0]).toMatchObject({
      title: 'When is the next NDORH webinar?',
      description: 'The next NDORH webinar is on 3 December.',
      fields: [{ name: 'Sources', value: '• [National Day of Racial Healing](https://stacks.example/programs/ndorh)' }],
      footer: { text: 'Confidence 82%' },
    });
  });

  it('puts 👍/👎 buttons under an answer; pressing one stores the rating with the question and thanks only the presser', async () => {
    const { edit } = await run('ask', [{ name: 'question', type: 3, value: 'When is the next NDORH webinar, please?' }], '200000000000000031');
    const buttons = edit.components?.[0]?.components ?? [];
    expect(buttons.map((button) => button.emoji?.name)).toEqual(['👍', '👎']);
    const [, questionId] = /^rate:([0-9a-f-]{36}):down$/.exec(buttons[1].custom_id) ?? [];
    expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({
      question: 'When is the next NDORH webinar, please?',
      channel: 'discord',
      rating: null,
    });

    const press = standIn.sendButtonPress(buttons[1].custom_id, edit, { userId: '200000000000000031' });
    const reply = await standIn.callbackFor(press);
    expect(reply.body).toMatchObject({ type: 4, data: { content: expect.stringContaining('👎'), flags: MessageFlags.Ephemeral } });
    expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ rating: 'DOWN' });

    // Changing one's mind replaces the rating.
    await standIn.callbackFor(standIn.sendButtonPress(buttons[0].custom_id, edit, { userId: '200000000000000031' }));
    expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ rating: 'UP' });
  });

  it('offers the close topics of an unsure answer as buttons; pressing one shows the presser its answer, logged and rateable', async () => {
    const presser = '200000000000000041';
    const { edit } = await run('ask', [{ name: 'question', type: 3, value: 'unsure: do we pay for mfc' }], presser);
    const [topicRow, ratingRow] = edit.components ?? [];
    expect(topicRow.components.map((button) => [button.label, button.custom_id])).toEqual([
      ['Is Models for Change free?', 'topic:faq:mfc-free'],
      ['Retired topic', 'topic:faq:retired'],
    ]);
    expect(ratingRow.components.map((button) => button.emoji?.name)).toEqual(['👍', '👎']);

    const press = standIn.sendButtonPress('topic:faq:mfc-free', edit, { userId: presser });
    const ack = await standIn.callbackFor(press);
    expect(ack.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: MessageFlags.Ephemeral } });
    const picked = (await standIn.editFor(press)).body as Edit;
    // The question the topic was offered under words its answer.
    expect(answerer.topics).toContainEqual({ entryId: 'faq:mfc-free', question: 'unsure: do we pay for mfc' });
    expect(picked.embeds?.[0]).toMatchObject({
      title: 'Is Models for Change free?',
      description: 'Yes: every Models for Change webinar and workshop is free.',
      footer: { text: 'Confidence 100%' },
    });
    const [pickedRating] = picked.components ?? [];
    const [, questionId] = /^rate:([0-9a-f-]{36}):up$/.exec(pickedRating.components[0].custom_id) ?? [];
    expect(await prisma.askedQuestion.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({
      question: 'Is Models for Change free?',
      entryId: 'faq:mfc-free',
      answered: true,
      channel: 'discord',
    });

    // A topic retired since the answer was shown: said plainly, no error.
    const gone = standIn.sendButtonPress('topic:faq:retired', edit, { userId: presser });
    await standIn.callbackFor(gone);
    expect(((await standIn.editFor(gone)).body as Edit).content).toContain('no longer in the catalogue');
  });

  it('puts the related topics under a confident answer, pressable like close topics', async () => {
    const { edit } = await run('ask', [{ name: 'question', type: 3, value: 'related: who pays for mfc' }], '200000000000000042');
    const [relatedRow, ratingRow] = edit.components ?? [];
    expect(relatedRow.components.map((button) => [button.label, button.custom_id])).toEqual([['Related: Is Models for Change free?', 'topic:faq:mfc-free']]);
    expect(ratingRow.components.map((button) => button.emoji?.name)).toEqual(['👍', '👎']);
    expect(edit.embeds?.[0].fields ?? []).not.toContainEqual(expect.objectContaining({ name: 'You could ask about' }));
    const press = standIn.sendButtonPress('topic:faq:mfc-free', edit, { userId: '200000000000000042' });
    await standIn.callbackFor(press);
    expect(((await standIn.editFor(press)).body as Edit).embeds?.[0]).toMatchObject({ title: 'Is Models for Change free?' });
  });

  it('acknowledges before the answer is ready, so an answer slower than 3 seconds still arrives', async () => {
    const interaction = standIn.sendInteraction('ask', { options: [{ name: 'question', type: 3, value: 'slowly: what is Día?' }], userId: '200000000000000009' });
    const ack = await standIn.callbackFor(interaction);
    expect(ack.at - interaction.sentAt).toBeLessThan(DISCORD_ACK_LIMIT_MS);
    expect(ack.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: 0 } });
    const edit = await standIn.editFor(interaction);
    expect(edit.at - interaction.sentAt).toBeGreaterThanOrEqual(SLOW_ANSWER_MS);
    expect((edit.body as Edit).embeds?.[0]).toMatchObject({ description: 'The next NDORH webinar is on 3 December.' });
  }, 15_000);

  it('shows /progress privately to a learner linked with a one-time code', async () => {
    const learner = await createLearner(prisma, 'Maya');
    const fixture = await createSeries(prisma, { sessions: 3 });
    await complete(prisma, learner.id, fixture.sessionIds.slice(0, 2));
    const discordUserId = '200000000000000002';

    const code = await issueLinkCode(prisma, learner.id);
    const linked = await run('link', [{ name: 'code', type: 3, value: code }], discordUserId);
    expect(linked.ack.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: MessageFlags.Ephemeral } });
    expect(linked.edit.content).toContain('now belongs to Maya');
    expect(await prisma.discordAccountLink.findUnique({ where: { discordUserId } })).toMatchObject({ userId: learner.id });

    // Asked in a direct message with the bot this time: the same user, the same answer.
    const { ack, ackMs, edit } = await run('progress', [], discordUserId, true);
    expect(ackMs).toBeLessThan(DISCORD_ACK_LIMIT_MS);
    expect(ack.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: MessageFlags.Ephemeral } });
    const embed = edit.embeds?.[0];
    expect(embed?.title).toBe('Series progress for Maya');
    expect(embed?.fields).toEqual([{ name: fixture.seriesTitle, value: expect.stringContaining('2 of 3 required sessions done (66%)') }]);
    expect(embed?.fields?.[0].value).toContain(`Next: ${fixture.sessionTitles[2]}`);
    expect(embed?.fields?.[0].value).toContain('Finishing unlocks: Invitation to the bot test workshop');
  });

  it('refuses a bad /link code with a private, specific error and links nothing', async () => {
    const discordUserId = '300000000000000003';
    const unknown = await run('link', [{ name: 'code', type: 3, value: 'ZZZZZ-ZZZZZ' }], discordUserId);
    expect(unknown.ack.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: MessageFlags.Ephemeral } });
    expect(unknown.edit.content).toContain('do not recognise that code');

    const garbage = await run('link', [{ name: 'code', type: 3, value: 'let me in' }], discordUserId);
    expect(garbage.edit.content).toContain('does not look like a link code');
    expect(await prisma.discordAccountLink.findUnique({ where: { discordUserId } })).toBeNull();
  });

  it('tells an unlinked member how to link instead of showing personal data', async () => {
    const { ack, edit } = await run('progress', [], '400000000000000004');
    expect(ack.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: MessageFlags.Ephemeral } });
    expect(edit.content).toContain('not linked');
    expect(edit.content).toContain('/link code:');
    expect(edit.embeds).toEqual([]);
  });

  it('answers /programs autocomplete with matching programs', async () => {
    const fixture = await createSeries(prisma, { acronym: 'ZQX', title: 'Zebra Quill Exchange' });
    const interaction = standIn.sendInteraction('programs', { type: 4, options: [{ name: 'program', type: 3, value: 'zqx', focused: true }] });
    const callback = await standIn.callbackFor(interaction);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'Zebra Quill Exchange (ZQX)', value: fixture.programSlug }] } });
  });

  it('rate-limits one member who floods commands, privately, without slowing others', async () => {
    const flooder = '500000000000000005';
    const interactions = Array.from({ length: 7 }, () => standIn.sendInteraction('ask', { options: [{ name: 'question', type: 3, value: 'What is LTC?' }], userId: flooder }));
    const callbacks = await Promise.all(interactions.map((interaction) => standIn.callbackFor(interaction)));
    const refused = callbacks.filter((callback) => (callback.body as { type: number }).type === 4);
    expect(refused).toHaveLength(2);
    expect(refused[0].body).toMatchObject({ data: { content: expect.stringContaining('Try again in'), flags: MessageFlags.Ephemeral } });
    const other = await run('ask', [{ name: 'question', type: 3, value: 'What is LTC?' }], '600000000000000006');
    expect(other.ack.body).toMatchObject({ type: DEFERRED_CHANNEL_MESSAGE });
  });

  it('resumes after the gateway drops the connection and keeps answering', async () => {
    const before = standIn.gatewayFrames.length;
    standIn.dropConnections(4000);
    const resume = await standIn.waitForGatewayFrame((frame) => frame.op === 6, 10_000);
    expect(standIn.gatewayFrames.indexOf(resume)).toBeGreaterThanOrEqual(before);
    expect(resume.d).toMatchObject({ token: standIn.token, session_id: expect.any(String) });
    // Wait until the new connection is the open one, then prove it still serves commands.
    const deadline = Date.now() + 5000;
    while (standIn.openConnections !== 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { edit } = await run('ask', [{ name: 'question', type: 3, value: 'Still there?' }], '700000000000000007');
    expect(edit.embeds?.[0].title).toBe('Still there?');
    expect(logs.some((line) => line.includes('resumed'))).toBe(true);
  });

  it('identifies afresh when the gateway closes normally (no session to resume) and keeps answering', async () => {
    const identifiesBefore = standIn.gatewayFrames.filter((frame) => frame.op === 2).length;
    standIn.dropConnections(1000);
    // discord.js waits out its 5-second identify throttle before a second IDENTIFY.
    await standIn.waitForGatewayFrame((frame) => frame.op === 2 && standIn.gatewayFrames.filter((f) => f.op === 2).indexOf(frame) >= identifiesBefore, 15_000);
    const deadline = Date.now() + 5000;
    while (standIn.openConnections !== 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { edit } = await run('ask', [{ name: 'question', type: 3, value: 'Back again?' }], '800000000000000008');
    expect(edit.embeds?.[0].title).toBe('Back again?');
  }, 30_000);
});

import { randomUUID } from 'node:crypto';
import type { Client } from 'discord.js';
import { createPrismaClient, enqueueOutboxEvent, type PrismaClient } from '@stacks/db';
import { createScratchDatabase, type DisposableDatabase } from '@stacks/db/testing';
import { JobName } from '@stacks/queue-contracts';
import { AppProcess, freePort, PROCESS_SETUP_TIMEOUT_MS, waitFor } from '@stacks/test-processes';
import { runDiscord } from './discord-channel.js';
import type { Answerer } from './answerer.js';
import { DiscordStandIn, type StandInScheduledEvent } from '@stacks/test-processes/discord-stand-in';
import { createLearner, createSeries } from '../testing/fixtures.js';

/**
 * Sessions as Discord scheduled events, end to end: the real worker process (BullMQ on Redis,
 * its own PostgreSQL database) publishes them over REST to the Discord stand-in when a session
 * changes, and the real discord.js bot enrols linked members who mark an event "Interested" or
 * press RSVP under /upcoming. One stand-in plays Discord for both processes.
 */

const DAY_MS = 86_400_000;
const PUBLIC_BASE_URL = 'https://stacks.test';

const idleAnswerer: Answerer = {
  answer: async (question) => ({ question, answer: 'Not asked in this test.', sources: [], confidence: 0 }),
  answerTopic: async () => null,
};

type Edit = { content?: string; components?: { type: number; components: { custom_id: string; label?: string }[] }[] };

describe('sessions as Discord scheduled events (worker job, bot events and RSVP, real BullMQ, Redis, PostgreSQL and discord.js)', () => {
  let standIn: DiscordStandIn;
  let database: DisposableDatabase;
  let prisma: PrismaClient;
  let worker: AppProcess;
  let client: Client;
  /** Scheduled before the worker started: no sync job was ever written for it. */
  let scheduledBefore: string;
  const logs: string[] = [];

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    // Its own database: the worker reconciles every upcoming session it finds at start-up.
    database = await createScratchDatabase('discord-events', { migrate: true });
    prisma = createPrismaClient(database.url, { poolSize: 4 });
    [scheduledBefore] = (await createSeries(prisma, { sessions: 1, liveAt: new Date(Date.now() + 6 * DAY_MS) })).sessionIds;
    const healthPort = await freePort();
    worker = new AppProcess('apps/worker/src/main.ts', {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-discord-events`,
      WORKER_HEALTH_PORT: String(healthPort),
      DISCORD_TOKEN: standIn.token,
      DISCORD_API_BASE_URL: standIn.restUrl,
      DISCORD_EVENTS_GUILD_ID: standIn.guildId,
      PUBLIC_BASE_URL,
    }).start();
    await worker.waitForHealth(`http://127.0.0.1:${healthPort}/health`);
    client = await runDiscord({
      token: standIn.token,
      deps: { prisma, answerer: idleAnswerer, now: () => new Date(), publicBaseUrl: PUBLIC_BASE_URL },
      log: (message) => logs.push(message),
      clientOptions: { rest: { api: standIn.restUrl } },
    });
    await waitFor(() => client.guilds.cache.has(standIn.guildId), 15_000, 'the bot to receive its guild');
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await client?.destroy();
    await worker?.stop();
    await standIn?.close();
    await prisma?.$disconnect();
    await database?.drop();
  });

  /** A live session ahead, written as the admin API writes one: the change and its sync job in one transaction. */
  async function scheduleSession(startsInMs: number, fields: { capacity?: number } = {}): Promise<{ id: string; slug: string; title: string }> {
    const fixture = await createSeries(prisma, { sessions: 1, liveAt: new Date(Date.now() + startsInMs) });
    const [sessionId] = fixture.sessionIds;
    return changeSession(sessionId, { title: `Facilitation clinic ${randomUUID().slice(0, 6)}`, description: 'Practise holding a dialogue circle.', ...fields });
  }

  async function changeSession(
    sessionId: string,
    data: { title?: string; description?: string; startsAt?: Date; endsAt?: Date; status?: 'CANCELLED'; capacity?: number },
  ): Promise<{ id: string; slug: string; title: string }> {
    return prisma.$transaction(async (tx) => {
      const session = await tx.session.update({ where: { id: sessionId }, data });
      await enqueueOutboxEvent(tx, { name: JobName.SyncDiscordEvent, data: { sessionId, version: session.updatedAt.getTime() } });
      return session;
    });
  }

  /** The creates the stand-in received for one session (by the marker its description ends with). */
  const eventCreates = (sessionId: string) =>
    standIn.requests.filter(
      (request) =>
        request.method === 'POST' &&
        request.path === `/guilds/${standIn.guildId}/scheduled-events` &&
        String((request.body as { description?: string } | null)?.description).endsWith(`Stacks session ${sessionId}`),
    );

  function publishedEvent(sessionId: string, matches: (event: StandInScheduledEvent) => boolean = () => true): Promise<StandInScheduledEvent> {
    return waitFor(
      () => [...standIn.scheduledEvents.values()].find((event) => (event.description ?? '').endsWith(`Stacks session ${sessionId}`) && matches(event)),
      30_000,
      `the scheduled event of session ${sessionId}`,
    );
  }

  async function linkedLearner(name: string): Promise<{ userId: string; discordUserId: string }> {
    const learner = await createLearner(prisma, name);
    const discordUserId = String(300_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e12)));
    await prisma.discordAccountLink.create({ data: { userId: learner.id, discordUserId } });
    return { userId: learner.id, discordUserId };
  }

  it('creates an external event when a session is scheduled, edits the same event on reschedule and cancels it with the session', async () => {
    const session = await scheduleSession(2 * DAY_MS);
    const { startsAt, endsAt } = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    const event = await publishedEvent(session.id);
    expect(event).toMatchObject({
      name: session.title,
      entity_type: 3,
      privacy_level: 2,
      status: 1,
      entity_metadata: { location: `${PUBLIC_BASE_URL}/sessions/${session.slug}` },
      scheduled_start_time: startsAt?.toISOString(),
      scheduled_end_time: endsAt?.toISOString(),
    });
    expect(event.description).toContain('Practise holding a dialogue circle.');
    const create = eventCreates(session.id).at(-1);
    expect(create?.authorization).toBe(`Bot ${standIn.token}`);
    await waitFor(() => prisma.discordScheduledEvent.findFirst({ where: { sessionId: session.id, discordEventId: event.id, status: 'SCHEDULED' } }), 10_000, 'the recorded event id');

    const movedTo = new Date(Date.now() + 3 * DAY_MS);
    await changeSession(session.id, { startsAt: movedTo, endsAt: new Date(movedTo.getTime() + 5_400_000) });
    const moved = await publishedEvent(session.id, (candidate) => candidate.scheduled_start_time === movedTo.toISOString());
    expect(moved.id).toBe(event.id);
    expect(moved.scheduled_end_time).toBe(new Date(movedTo.getTime() + 5_400_000).toISOString());

    await changeSession(session.id, { status: 'CANCELLED' });
    await publishedEvent(session.id, (candidate) => candidate.status === 4);
    await waitFor(() => prisma.discordScheduledEvent.findFirst({ where: { sessionId: session.id, status: 'CANCELED' } }), 10_000, 'the cancellation recorded');
    // One event for the session's whole life, however many changes.
    expect(eventCreates(session.id)).toHaveLength(1);
    expect([...standIn.scheduledEvents.values()].filter((candidate) => (candidate.description ?? '').endsWith(`Stacks session ${session.id}`))).toHaveLength(1);
  }, 90_000);

  it('publishes, at start-up, sessions scheduled before publishing was switched on', async () => {
    const { title } = await prisma.session.findUniqueOrThrow({ where: { id: scheduledBefore } });
    expect(await publishedEvent(scheduledBefore)).toMatchObject({ name: title, status: 1 });
  }, 60_000);

  it('adopts the event an earlier try created (Discord answered, the commit did not happen) instead of creating a second', async () => {
    const fixture = await createSeries(prisma, { sessions: 1, liveAt: new Date(Date.now() + 4 * DAY_MS) });
    const [sessionId] = fixture.sessionIds;
    // What the first try left in Discord: an event with the session's marker, and no row here.
    const earlier = (await fetch(`${standIn.restUrl}/api/v10/guilds/${standIn.guildId}/scheduled-events`, {
      method: 'POST',
      headers: { authorization: `Bot ${standIn.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Left by the first try',
        description: `Old text\n-# Stacks session ${sessionId}`,
        entity_type: 3,
        privacy_level: 2,
        entity_metadata: { location: 'Online' },
        scheduled_start_time: new Date(Date.now() + 4 * DAY_MS).toISOString(),
        scheduled_end_time: new Date(Date.now() + 4 * DAY_MS + 3_600_000).toISOString(),
      }),
    }).then((response) => response.json())) as StandInScheduledEvent;
    const session = await changeSession(sessionId, { title: 'Retried publication' });
    await waitFor(() => prisma.discordScheduledEvent.findFirst({ where: { sessionId, discordEventId: earlier.id } }), 30_000, 'the earlier event adopted');
    expect(standIn.scheduledEvents.get(earlier.id)).toMatchObject({ name: session.title, entity_metadata: { location: `${PUBLIC_BASE_URL}/sessions/${session.slug}` } });
    // The only create carrying its marker is the earlier try's own.
    expect(eventCreates(sessionId)).toHaveLength(1);
  }, 60_000);

  it('enrols a linked member who marks the event "Interested", once however often Discord repeats it, and un-enrols them when they take it back', async () => {
    const session = await scheduleSession(5 * DAY_MS);
    const event = await publishedEvent(session.id);
    await waitFor(() => prisma.discordScheduledEvent.findFirst({ where: { discordEventId: event.id } }), 10_000, 'the recorded event id');
    const member = await linkedLearner('Ines');
    const unlinked = String(400_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e12)));

    standIn.sendScheduledEventInterest(event.id, member.discordUserId);
    standIn.sendScheduledEventInterest(event.id, member.discordUserId);
    standIn.sendScheduledEventInterest(event.id, unlinked);
    await waitFor(() => logs.some((line) => line.includes(`interest by ${unlinked}: not-linked`)), 10_000, 'the unlinked member handled');
    await waitFor(() => logs.filter((line) => line.includes(`interest by ${member.discordUserId}`)).length === 2, 10_000, 'both repeats handled');
    expect(await prisma.enrolment.findUniqueOrThrow({ where: { userId_sessionId: { userId: member.userId, sessionId: session.id } } })).toMatchObject({ status: 'ENROLLED' });
    expect(await prisma.enrolment.count({ where: { sessionId: session.id } })).toBe(1);
    // Reminders are planned once: one job for the enrolment, relayed to the worker by its outbox sweep.
    const plans = () => prisma.outboxEvent.findMany({ where: { jobName: JobName.PlanSessionReminders, payload: { path: ['userId'], equals: member.userId } } });
    expect(await plans()).toHaveLength(1);
    await waitFor(async () => (await plans()).every((row) => row.publishedAt !== null), 20_000, 'the reminder plan relayed to the worker');

    standIn.sendScheduledEventInterest(event.id, member.discordUserId, false);
    await waitFor(
      async () => (await prisma.enrolment.findUnique({ where: { userId_sessionId: { userId: member.userId, sessionId: session.id } } }))?.status === 'CANCELLED',
      10_000,
      'the enrolment cancelled',
    );
    standIn.sendScheduledEventInterest(event.id, member.discordUserId, false);
    await waitFor(() => logs.some((line) => line.includes(`interest removed by ${member.discordUserId}: not-enrolled`)), 10_000, 'the repeat removal handled');
    expect(await prisma.outboxEvent.count({ where: { jobName: JobName.PlanSessionReminders, payload: { path: ['reason'], equals: 'enrolment-cancelled' } } })).toBe(1);
  }, 90_000);

  it('puts an RSVP button under each session in /upcoming; pressing it enrols the linked member privately and tells others how to link', async () => {
    const session = await scheduleSession(DAY_MS / 2);
    const member = await linkedLearner('Tomas');
    const interaction = standIn.sendInteraction('upcoming');
    const edit = (await standIn.editFor(interaction)).body as Edit;
    const button = edit.components?.[0]?.components.find((candidate) => candidate.custom_id === `rsvp:${session.id}`);
    expect(button?.label).toBe(`RSVP: ${session.title}`);

    const press = standIn.sendButtonPress(`rsvp:${session.id}`, edit, { userId: member.discordUserId });
    expect((await standIn.callbackFor(press)).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(((await standIn.editFor(press)).body as Edit).content).toContain(`You are enrolled in **${session.title}**`);
    expect(await prisma.enrolment.findUniqueOrThrow({ where: { userId_sessionId: { userId: member.userId, sessionId: session.id } } })).toMatchObject({ status: 'ENROLLED' });

    const again = standIn.sendButtonPress(`rsvp:${session.id}`, edit, { userId: member.discordUserId });
    expect(((await standIn.editFor(again)).body as Edit).content).toContain('already enrolled');
    expect(await prisma.enrolment.count({ where: { sessionId: session.id } })).toBe(1);

    const stranger = standIn.sendButtonPress(`rsvp:${session.id}`, edit, { userId: '500000000000000077' });
    expect(((await standIn.editFor(stranger)).body as Edit).content).toContain('/link code:');
    expect(await prisma.enrolment.count({ where: { sessionId: session.id } })).toBe(1);
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@stacks/db';
import { complete, createLearner, createSeries, issueLinkCode, testPrisma } from '../../testing/fixtures.js';
import { redeemLinkCode } from '../linking/link-redeemer.js';
import { askCommand } from './ask.command.js';
import { badgesCommand } from './badges.command.js';
import type { BotDependencies, CommandInput, CommandReply } from './command.js';
import { commandDefinitions } from './index.js';
import { linkCommand } from './link.command.js';
import { programsCommand } from './programs.command.js';
import { progressCommand } from './progress.command.js';
import { remindCommand } from './remind.command.js';
import { upcomingCommand } from './upcoming.command.js';

/** Command handlers against the real database, without Discord (the e2e spec covers the wire). */
describe('slash command handlers', () => {
  let prisma: PrismaClient;
  let deps: BotDependencies;
  let nextDiscordId = 900_000_000_000_000_000n;
  const discordUser = () => String((nextDiscordId += 1n));
  const input = (discordUserId: string, options: Record<string, string> = {}, subcommand: string | null = null): CommandInput => ({
    discordUserId,
    subcommand,
    option: (name) => options[name] ?? null,
  });
  const embedJson = (reply: CommandReply) => reply.embeds?.map((embed) => embed.toJSON()) ?? [];

  beforeAll(() => {
    prisma = testPrisma();
    deps = {
      prisma,
      answerer: {
        answer: async (question) => ({ question, answer: 'I am not sure.', sources: [], confidence: 0.1, suggestedTopics: [{ entryId: 'Not a button id', topic: 'Día' }, { entryId: 'Nor this', topic: 'NDORH' }] }),
        answerTopic: async () => null,
      },
      now: () => new Date(),
      publicBaseUrl: 'https://stacks.example',
    };
  });
  afterAll(() => prisma.$disconnect());

  describe('/link and the one-time code', () => {
    it('links once; the same code cannot be used again', async () => {
      const learner = await createLearner(prisma, 'Ana');
      const code = await issueLinkCode(prisma, learner.id);
      const [first, second] = [discordUser(), discordUser()];
      expect((await linkCommand.execute(input(first, { code: code.toLowerCase() }), deps)).content).toContain('now belongs to Ana');
      expect((await linkCommand.execute(input(second, { code }), deps)).content).toContain('already been used');
      expect(await prisma.discordAccountLink.findMany({ where: { userId: learner.id } })).toEqual([expect.objectContaining({ discordUserId: first })]);
      expect(await prisma.auditEntry.count({ where: { subjectId: learner.id, action: 'discord.link' } })).toBe(1);
    });

    it('refuses an expired code', async () => {
      const learner = await createLearner(prisma);
      const code = await issueLinkCode(prisma, learner.id, new Date(Date.now() - 1000));
      expect((await linkCommand.execute(input(discordUser(), { code }), deps)).content).toContain('expired');
      expect(await prisma.discordAccountLink.count({ where: { userId: learner.id } })).toBe(0);
    });

    it('lets exactly one of two simultaneous redemptions of a code win', async () => {
      const learner = await createLearner(prisma);
      const code = await issueLinkCode(prisma, learner.id);
      const results = await Promise.all([discordUser(), discordUser(), discordUser()].map((id) => redeemLinkCode(prisma, id, code, new Date())));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'used' }, { ok: false, reason: 'used' }]);
      expect(await prisma.discordAccountLink.count({ where: { userId: learner.id } })).toBe(1);
    });

    it('re-linking replaces the old link on both sides: one Discord user, one learner', async () => {
      const [ana, ben] = [await createLearner(prisma, 'Ana'), await createLearner(prisma, 'Ben')];
      const [phone, laptop] = [discordUser(), discordUser()];
      await redeemLinkCode(prisma, phone, await issueLinkCode(prisma, ana.id), new Date());

      // The same Discord user redeems Ben's code: it now belongs to Ben, Ana is unlinked.
      const moved = await redeemLinkCode(prisma, phone, await issueLinkCode(prisma, ben.id), new Date());
      expect(moved).toMatchObject({ ok: true, userId: ben.id, replaced: true });
      expect(await prisma.discordAccountLink.findUnique({ where: { userId: ana.id } })).toBeNull();

      // Ben links another Discord account: the phone loses its link.
      await redeemLinkCode(prisma, laptop, await issueLinkCode(prisma, ben.id), new Date());
      expect(await prisma.discordAccountLink.findMany({ where: { OR: [{ userId: ben.id }, { discordUserId: phone }] } })).toEqual([
        expect.objectContaining({ userId: ben.id, discordUserId: laptop }),
      ]);
    });

    it('says so plainly for malformed or unknown codes', async () => {
      expect((await linkCommand.execute(input(discordUser(), { code: '12345' }), deps)).content).toContain('does not look like a link code');
      expect((await linkCommand.execute(input(discordUser(), { code: '00000-00000' }), deps)).content).toContain('do not recognise');
    });
  });

  describe('/remind', () => {
    it('turns reminders off and on for the linked learner, and on lifts a blanket unsubscribe', async () => {
      const learner = await createLearner(prisma);
      const discordUserId = discordUser();
      await redeemLinkCode(prisma, discordUserId, await issueLinkCode(prisma, learner.id), new Date());

      expect((await remindCommand.execute(input(discordUserId, {}, 'off'), deps)).content).toContain('Reminders are off');
      expect(await prisma.notificationPreference.findUnique({ where: { userId: learner.id } })).toMatchObject({ remindersEnabled: false, emailEnabled: true });

      await prisma.notificationPreference.update({ where: { userId: learner.id }, data: { unsubscribedAt: new Date(), discordEnabled: false } });
      const on = await remindCommand.execute(input(discordUserId, {}, 'on'), deps);
      expect(on.content).toContain('Reminders are on');
      expect(on.content).toContain('by email');
      expect(await prisma.notificationPreference.findUnique({ where: { userId: learner.id } })).toMatchObject({
        remindersEnabled: true,
        unsubscribedAt: null,
        discordEnabled: false,
      });
    });

    it('asks an unlinked member to link first and writes nothing', async () => {
      const before = await prisma.notificationPreference.count();
      expect((await remindCommand.execute(input(discordUser(), {}, 'on'), deps)).content).toContain('/link code:');
      expect(await prisma.notificationPreference.count()).toBe(before);
    });
  });

  describe('/progress and /badges', () => {
    it('describes ANY_K and IN_ORDER series in the API’s terms', async () => {
      const learner = await createLearner(prisma, 'Kim');
      const discordUserId = discordUser();
      await redeemLinkCode(prisma, discordUserId, await issueLinkCode(prisma, learner.id), new Date());
      const anyTwo = await createSeries(prisma, { sessions: 3, rule: 'ANY_K', requiredCount: 2 });
      const inOrder = await createSeries(prisma, { sessions: 3, rule: 'IN_ORDER' });
      await complete(prisma, learner.id, [anyTwo.sessionIds[2]]);
      await complete(prisma, learner.id, [inOrder.sessionIds[1]]);

      const fields = embedJson(await progressCommand.execute(input(discordUserId), deps))[0].fields ?? [];
      const byName = new Map(fields.map((field) => [field.name, field.value]));
      expect(byName.get(anyTwo.seriesTitle)).toContain('1 of 2 required sessions done (50%)');
      expect(byName.get(anyTwo.seriesTitle)).toContain('Any 1 more session will do');
      expect(byName.get(inOrder.seriesTitle)).toContain('0 of 3 required sessions done (0%)');
      expect(byName.get(inOrder.seriesTitle)).toContain(`Done early, counts once the earlier ones are done: ${inOrder.sessionTitles[1]}`);
      expect(byName.get(inOrder.seriesTitle)).toContain(`Next (sessions count in order): ${inOrder.sessionTitles[0]}`);
    });

    it('lists current badge credentials with their status and verification link, then unbadged unlocks', async () => {
      const learner = await createLearner(prisma, 'Lee');
      const discordUserId = discordUser();
      await redeemLinkCode(prisma, discordUserId, await issueLinkCode(prisma, learner.id), new Date());
      expect((await badgesCommand.execute(input(discordUserId), deps)).content).toContain('Nothing earned yet');

      const [badged, unbadged] = [await createSeries(prisma, { sessions: 1 }), await createSeries(prisma, { sessions: 1 })];
      for (const series of [badged, unbadged]) {
        await complete(prisma, learner.id, series.sessionIds);
        const row = await prisma.series.findUniqueOrThrow({ where: { slug: series.seriesSlug } });
        await prisma.seriesUnlock.create({ data: { userId: learner.id, seriesId: row.id, unlockedAt: new Date('2026-11-20T12:00:00Z') } });
      }
      const tag = randomUUID().slice(0, 8);
      const issuer = await prisma.badgeIssuer.create({ data: { slug: `issuer-${tag}`, name: 'Test issuer', description: 'Test.', url: 'https://issuer.example' } });
      const seriesRow = await prisma.series.findUniqueOrThrow({ where: { slug: badged.seriesSlug } });
      const achievement = await prisma.achievement.create({
        data: { slug: `achievement-${tag}`, issuerId: issuer.id, name: 'Bot Test Facilitator', description: 'Test.', criteriaNarrative: 'Finish it.', rule: 'SERIES_COMPLETED', seriesId: seriesRow.id },
      });
      const award = await prisma.badgeAward.create({ data: { userId: learner.id, achievementId: achievement.id } });
      const statusList = await prisma.badgeStatusList.create({ data: { size: 131072 } });
      const credential = (index: number, issuedAt: string, extra: { replacesId?: string; validUntil?: Date } = {}) =>
        prisma.badgeCredential.create({
          data: { id: randomUUID(), awardId: award.id, statusListId: statusList.id, statusIndex: index, keyId: 'k1', jws: 'x.y.z', issuedAt: new Date(issuedAt), ...extra },
        });
      // Re-issuing revokes the original (one unrevoked credential per award) and points back at it.
      const original = await credential(0, '2026-11-20T12:00:00Z');
      await prisma.badgeCredential.update({ where: { id: original.id }, data: { revokedAt: new Date('2026-11-21T12:00:00Z'), revocationReason: 'Re-issued' } });
      const reissued = await credential(1, '2026-11-21T12:00:00Z', { replacesId: original.id, validUntil: new Date('2027-11-21T12:00:00Z') });

      const [embed] = embedJson(await badgesCommand.execute(input(discordUserId), { ...deps, now: () => new Date('2026-11-25T00:00:00Z') }));
      expect(embed.title).toBe('Earned by Lee');
      expect(embed.fields).toEqual([
        {
          name: 'Bot Test Facilitator',
          value: `Issued Sat, November 21, 2026 · Valid until Sun, November 21, 2027\n[View and verify](https://stacks.example/api/v1/credentials/${reissued.id}/page)`,
        },
        { name: 'Completed series', value: `• ${unbadged.seriesTitle}, Fri, November 20, 2026 — unlocked: Invitation to the bot test workshop` },
      ]);

      await prisma.badgeCredential.update({ where: { id: reissued.id }, data: { revokedAt: new Date(), revocationReason: 'Issued in error' } });
      const [afterRevocation] = embedJson(await badgesCommand.execute(input(discordUserId), deps));
      expect(afterRevocation.fields?.[0].value).toContain('Revoked');

      const progress = embedJson(await progressCommand.execute(input(discordUserId), deps))[0];
      expect(progress.fields?.[0].value).toContain('Complete — unlocked on Fri, November 20, 2026: Invitation to the bot test workshop');
    });
  });

  describe('catalogue commands', () => {
    it('/upcoming lists sessions and key dates from now on, soonest first', async () => {
      const now = new Date('2091-03-01T12:00:00Z');
      const later = await createSeries(prisma, { liveAt: new Date('2091-03-09T15:00:00Z'), acronym: 'LTR' });
      const sooner = await createSeries(prisma, { liveAt: new Date('2091-03-02T15:00:00Z'), acronym: 'SNR' });
      await createSeries(prisma, { liveAt: new Date('2091-02-27T15:00:00Z'), acronym: 'PST' });
      const program = await prisma.program.findUniqueOrThrow({ where: { slug: sooner.programSlug } });
      await prisma.keyDate.create({
        data: { programId: program.id, slug: `${sooner.programSlug}-deadline`, title: 'Applications close', kind: 'DEADLINE', date: new Date('2091-03-01T00:00:00Z'), description: 'Test.' },
      });

      const reply = await upcomingCommand.execute(input(discordUser()), { ...deps, now: () => now });
      const [embed] = embedJson(reply);
      const sessions = embed.fields?.find((field) => field.name === 'Live sessions')?.value ?? '';
      // One RSVP button per listed session, in the same order, carrying the session's id.
      const buttons = (reply.components?.[0]?.toJSON().components ?? []) as { custom_id?: string; label?: string }[];
      expect(buttons.map((button) => button.custom_id).indexOf(`rsvp:${sooner.sessionIds[0]}`)).toBeLessThan(buttons.map((button) => button.custom_id).indexOf(`rsvp:${later.sessionIds[0]}`));
      expect(buttons.find((button) => button.custom_id === `rsvp:${sooner.sessionIds[0]}`)?.label).toBe(`RSVP: ${sooner.sessionTitles[0]}`);
      expect(sessions.indexOf(sooner.sessionTitles[0])).toBeGreaterThanOrEqual(0);
      expect(sessions.indexOf(sooner.sessionTitles[0])).toBeLessThan(sessions.indexOf(later.sessionTitles[0]));
      expect(sessions).not.toContain('PST');
      expect(sessions).toContain(`<t:${Date.parse('2091-03-02T15:00:00Z') / 1000}:F>`);
      // A key date on today's calendar date is still upcoming.
      expect(embed.fields?.find((field) => field.name === 'Key dates')?.value).toContain('Thu, March 1, 2091 — **Applications close**, SNR (deadline)');
    });

    it('/programs suggests by acronym or accent-free title and describes the chosen program', async () => {
      const dia = await createSeries(prisma, { title: 'Día Quillwort Celebration', acronym: 'DQC' });
      const choices = await programsCommand.autocomplete?.({ name: 'program', value: 'dia quill' }, deps);
      expect(choices).toEqual([{ name: 'Día Quillwort Celebration (DQC)', value: dia.programSlug }]);
      expect(await programsCommand.autocomplete?.({ name: 'program', value: 'dqc' }, deps)).toEqual(choices);

      const [embed] = embedJson(await programsCommand.execute(input(discordUser(), { program: dia.programSlug }), deps));
      expect(embed.title).toBe('Día Quillwort Celebration (DQC)');
      expect(embed.fields?.find((field) => field.name === 'Series')?.value).toContain(`${dia.seriesTitle} — unlocks Invitation to the bot test workshop`);
      // Typed by hand instead of picked from the list: still found.
      expect(embedJson(await programsCommand.execute(input(discordUser(), { program: 'DIA QUILLWORT' }), deps))[0].title).toBe(embed.title);
      expect((await programsCommand.execute(input(discordUser(), { program: 'no such thing at all' }), deps)).content).toContain('found no program');
    });

    it('/ask shows the engine’s answer and, when it does not know, names the topics it suggests that cannot be buttons', async () => {
      const [embed] = embedJson(await askCommand.execute(input(discordUser(), { question: 'What about the moon?' }), deps));
      expect(embed).toMatchObject({ title: 'What about the moon?', description: 'I am not sure.', footer: { text: 'Confidence 10%' } });
      expect(embed.fields).toEqual([{ name: 'You could ask about', value: '• Día\n• NDORH' }]);
    });
  });

  it('defines every command so Discord accepts it (names, descriptions, options)', () => {
    const definitions = commandDefinitions();
    expect(definitions.map((definition) => definition.name)).toEqual(['ask', 'programs', 'upcoming', 'progress', 'badges', 'remind', 'link']);
    const remind = definitions.find((definition) => definition.name === 'remind');
    expect(remind?.options?.map((option) => option.name)).toEqual(['on', 'off']);
    const programs = definitions.find((definition) => definition.name === 'programs');
    expect(programs?.options?.[0]).toMatchObject({ name: 'program', autocomplete: true, required: false });
  });
});

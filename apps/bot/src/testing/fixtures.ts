import { randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@stacks/db';
import { generateLinkCode, hashLinkCode, LINK_CODE_TTL_SECONDS } from '@stacks/discord-link';

/** A Prisma client on the test run's own database (tools/testing/global-setup.cjs sets DATABASE_URL). */
export function testPrisma(): PrismaClient {
  return createPrismaClient(process.env.DATABASE_URL as string, { poolSize: 4 });
}

export async function createLearner(prisma: PrismaClient, displayName = 'Learner'): Promise<{ id: string; displayName: string }> {
  // The bot never checks passwords; any hash-shaped value will do.
  return prisma.user.create({
    data: { email: `${displayName.toLowerCase().replace(/\W/g, '')}-${randomUUID().slice(0, 8)}@bot-test.example`, passwordHash: 'not-used-by-the-bot', displayName },
    select: { id: true, displayName: true },
  });
}

/**
 * A one-time code stored exactly the way the API's POST /me/discord-link-code stores it
 * (earlier codes removed, only the hash kept), with an adjustable expiry for tests.
 */
export async function issueLinkCode(prisma: PrismaClient, userId: string, expiresAt = new Date(Date.now() + LINK_CODE_TTL_SECONDS * 1000)): Promise<string> {
  const code = generateLinkCode();
  await prisma.$transaction([
    prisma.discordLinkCode.deleteMany({ where: { userId } }),
    prisma.discordLinkCode.create({ data: { userId, codeHash: hashLinkCode(code), expiresAt } }),
  ]);
  return code;
}

export interface SeriesFixture {
  programSlug: string;
  programTitle: string;
  seriesSlug: string;
  seriesTitle: string;
  sessionIds: string[];
  sessionTitles: string[];
}

/** A program with one series of N recorded sessions (and optionally a live one ahead), unique per call. */
export async function createSeries(
  prisma: PrismaClient,
  options: { sessions?: number; acronym?: string; title?: string; liveAt?: Date; rule?: 'ALL' | 'ANY_K' | 'IN_ORDER'; requiredCount?: number } = {},
): Promise<SeriesFixture> {
  const tag = randomUUID().slice(0, 8);
  const program = await prisma.program.create({
    data: {
      slug: `bot-program-${tag}`,
      title: options.title ?? `Bot test program ${tag}`,
      acronym: options.acronym ?? null,
      kind: 'LEARNING_SERIES',
      summary: 'A program made by a bot test.',
      description: 'Made by a test; dropped with the test database.',
      audience: 'Testers',
    },
  });
  const series = await prisma.series.create({
    data: {
      programId: program.id,
      slug: `bot-series-${tag}`,
      title: `Bot test series ${tag}`,
      description: 'Sessions made by a test.',
      audience: 'Testers',
      rule: options.rule ?? 'ALL',
      requiredCount: options.requiredCount ?? null,
      unlockTitle: 'Invitation to the bot test workshop',
      unlockDescription: 'A reward for finishing the bot test series.',
    },
  });
  const sessions = [];
  for (let position = 1; position <= (options.sessions ?? 3); position += 1) {
    const live = position === 1 && options.liveAt ? options.liveAt : null;
    sessions.push(
      await prisma.session.create({
        data: {
          programId: program.id,
          seriesId: series.id,
          position,
          slug: `bot-session-${tag}-${position}`,
          title: `Bot session ${tag} part ${position}`,
          description: 'A session made by a test.',
          type: 'WEBINAR',
          startsAt: live,
          endsAt: live ? new Date(live.getTime() + 3_600_000) : null,
          recordingUrl: 'https://video.example.org/test',
          recordingAvailableFrom: new Date('2020-01-01T00:00:00Z'),
          recordingMinutes: 60,
        },
      }),
    );
  }
  return {
    programSlug: program.slug,
    programTitle: program.title,
    seriesSlug: series.slug,
    seriesTitle: series.title,
    sessionIds: sessions.map((session) => session.id),
    sessionTitles: sessions.map((session) => session.title),
  };
}

/** Completions as the API records them once a session counts (one SessionCompletion per session). */
export async function complete(prisma: PrismaClient, userId: string, sessionIds: string[], completedAt = new Date()): Promise<void> {
  await prisma.sessionCompletion.createMany({ data: sessionIds.map((sessionId) => ({ userId, sessionId, source: 'RECORDING_VIEWED' as const, completedAt })) });
}

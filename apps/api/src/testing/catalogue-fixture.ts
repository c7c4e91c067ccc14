import { randomUUID } from 'node:crypto';
import type { CompletionRule, PrismaClient, ProgramKind, RecordingCompletion, SessionType } from '@stacks/db';

export interface SeriesFixture {
  programSlug: string;
  seriesSlug: string;
  seriesId: string;
  sessionSlugs: string[];
  sessionIds: string[];
}

export interface SeriesFixtureOptions {
  sessions?: number;
  rule?: CompletionRule;
  requiredCount?: number | null;
  capacity?: number | null;
  /** Live start for every session; default: recordings only, available since 2020. */
  startsAt?: Date | null;
  type?: SessionType;
  priceCents?: number;
  title?: string;
  /** Default SELF_REPORT_ALLOWED: most specs post `viewedPercent` directly (new sessions default to watched time only). */
  recordingCompletion?: RecordingCompletion;
}

/** A program with one series of N sessions, unique per call so tests never share rows. */
export async function createSeriesFixture(prisma: PrismaClient, options: SeriesFixtureOptions = {}): Promise<SeriesFixture> {
  const tag = randomUUID().slice(0, 8);
  const count = options.sessions ?? 3;
  const program = await prisma.program.create({
    data: {
      slug: `test-program-${tag}`,
      title: options.title ?? `Test program ${tag}`,
      kind: 'LEARNING_SERIES',
      summary: 'A program made by a test.',
      description: 'Made by a test; removed with the test database.',
      audience: 'Testers',
      libraryTypes: ['PUBLIC'],
      librarySizes: ['LARGE_URBAN'],
    },
  });
  const series = await prisma.series.create({
    data: {
      programId: program.id,
      slug: `test-series-${tag}`,
      title: `Test series ${tag}`,
      description: 'Sessions made by a test.',
      audience: 'Testers',
      rule: options.rule ?? 'ALL',
      requiredCount: options.requiredCount ?? null,
      unlockTitle: 'Invitation to the test workshop',
      unlockDescription: 'A reward for finishing the test series.',
    },
  });
  const sessions = [];
  for (let position = 1; position <= count; position += 1) {
    const startsAt = options.startsAt === undefined ? null : options.startsAt;
    sessions.push(
      await prisma.session.create({
        data: {
          programId: program.id,
          seriesId: series.id,
          position,
          slug: `test-session-${tag}-${position}`,
          title: `Test session ${tag} part ${position}`,
          description: 'A session made by a test.',
          type: options.type ?? 'WEBINAR',
          startsAt,
          endsAt: startsAt ? new Date(startsAt.getTime() + 3_600_000) : null,
          recordingUrl: 'https://video.example.org/test',
          recordingAvailableFrom: new Date('2020-01-01T00:00:00Z'),
          recordingMinutes: 60,
          recordingCompletion: options.recordingCompletion ?? 'SELF_REPORT_ALLOWED',
          capacity: options.capacity ?? null,
          priceCents: options.priceCents ?? 0,
        },
      }),
    );
  }
  return {
    programSlug: program.slug,
    seriesSlug: series.slug,
    seriesId: series.id,
    sessionSlugs: sessions.map((session) => session.slug),
    sessionIds: sessions.map((session) => session.id),
  };
}

export interface SeriesWithBadgeFixture extends SeriesFixture {
  achievementId: string;
  achievementSlug: string;
}

/** A three-part series like the seeded LTC one, with its series badge issued by a division. */
export async function createSeriesWithBadge(prisma: PrismaClient, options: { validForDays?: number } = {}): Promise<SeriesWithBadgeFixture> {
  const fixture = await createSeriesFixture(prisma, { sessions: 3 });
  const tag = randomUUID().slice(0, 8);
  const issuer = await prisma.badgeIssuer.create({
    data: { slug: `test-division-${tag}`, name: 'Test Division', description: 'A division made by a test.', url: 'https://division.example.org' },
  });
  const achievement = await prisma.achievement.create({
    data: {
      slug: `test-badge-${tag}`,
      issuerId: issuer.id,
      name: 'Dialogue facilitation (test series)',
      description: 'Finished the three-part test series.',
      criteriaNarrative: 'Watch all three webinars of the series, live or recorded.',
      rule: 'SERIES_COMPLETED',
      seriesId: fixture.seriesId,
      tags: ['dialogue', 'test'],
      validForDays: options.validForDays ?? null,
      alignment: [{ targetName: 'Community engagement', targetUrl: 'https://competencies.example.org/engagement' }],
    },
  });
  return { ...fixture, achievementId: achievement.id, achievementSlug: achievement.slug };
}

/** The association's own issuer profile, which the seed creates and the status lists are signed as. */
export async function ensurePrimaryIssuer(prisma: PrismaClient): Promise<void> {
  await prisma.badgeIssuer.upsert({
    where: { slug: 'ala' },
    create: { slug: 'ala', name: 'American Library Association', description: 'The association.', url: 'https://www.ala.org', isPrimary: true },
    update: {},
  });
}

/** A public-library program of its own (slug `prefix-xxxxxxxx`) for specs that need one to hang things on; the slug. */
export async function createProgramFixture(prisma: PrismaClient, program: { slugPrefix: string; title: string; kind: ProgramKind; summary: string; audience: string }): Promise<string> {
  const slug = `${program.slugPrefix}-${randomUUID().slice(0, 8)}`;
  await prisma.program.create({
    data: { slug, title: program.title, kind: program.kind, summary: program.summary, description: program.summary, audience: program.audience, libraryTypes: ['PUBLIC'] },
  });
  return slug;
}

import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { FAQ } from '@stacks/answering';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { applyMigrations } from '../migrations/migration-runner.js';
import { createPrismaClient } from '../prisma.service.js';
import { withScratchDatabase } from '../testing/scratch-database.js';
import { parsePathwayRequirements } from '@stacks/learning-domain';
import { ACHIEVEMENTS, BADGE_ISSUERS, COMPETENCIES, DEMO_ACCOUNTS, ORGANIZATIONS, PATHWAYS, PROGRAMS } from './catalogue.js';
import { runSeed, type SeedOptions } from './run-seed.js';

const TABLES = [
  'FaqEntry',
  'Organization',
  'Program',
  'ProgramOrganization',
  'KeyDate',
  'Series',
  'Session',
  'User',
  'MemberProfile',
  'CompletionEvent',
  'SessionCompletion',
  'SeriesUnlock',
  'OutboxEvent',
  'BadgeIssuer',
  'Achievement',
  'BadgeAward',
  'BadgeCredential',
  'Pathway',
  'Competency',
  'AchievementCompetency',
];

const options: SeedOptions = {
  demoAccounts: true,
  demoPassword: 'a demo password for tests',
  hashPassword: (password) => hash(password, { algorithm: 2 }),
};

/** A fresh, migrated database per scenario, so each starts empty. */
async function withSeedDatabase(run: (prisma: PrismaClient, sql: pg.Client) => Promise<void>) {
  await withScratchDatabase('seed', async (url) => {
    await applyMigrations(url, path.resolve('prisma/migrations'));
    const prisma = createPrismaClient(url, { poolSize: 2 });
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    try {
      await run(prisma, sql);
    } finally {
      await sql.end();
      await prisma.$disconnect();
    }
  });
}

async function snapshot(sql: pg.Client): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    // Two-column link tables (AchievementCompetency) have no third column to order by.
    const orderBy = table === 'AchievementCompetency' ? '1, 2' : '1, 2, 3';
    tables[table] = (await sql.query(`SELECT * FROM "${table}" ORDER BY ${orderBy}`)).rows;
  }
  return tables;
}

describe('runSeed', () => {
  it('loads the whole catalogue and a second run changes nothing, timestamps included', async () => {
    await withSeedDatabase(async (prisma, sql) => {
      const first = await runSeed(prisma, options);
      expect(first.created).toBeGreaterThan(0);
      expect(first.demoAccountsCreated).toEqual(DEMO_ACCOUNTS.map((account) => account.email));
      const before = await snapshot(sql);

      const second = await runSeed(prisma, options);
      expect(second).toMatchObject({ created: 0, updated: 0, demoAccountsCreated: [] });
      expect(await snapshot(sql)).toEqual(before);

      expect(before.Organization).toHaveLength(ORGANIZATIONS.length);
      expect(before.Program).toHaveLength(PROGRAMS.length);
      expect(before.OutboxEvent).toEqual([]);
      expect(before.BadgeIssuer).toHaveLength(BADGE_ISSUERS.length);
      expect(before.BadgeIssuer).toHaveLength(4);
      expect(before.Achievement).toHaveLength(4); // three series badges and the pathway's certificate
      expect(before.Pathway).toHaveLength(PATHWAYS.length);
      expect(before.Competency).toHaveLength(COMPETENCIES.length);
      expect(before.AchievementCompetency).toHaveLength(5);
      // The seed issues no credentials (that would need signing keys and send award notices).
      expect(before.BadgeAward).toEqual([]);
    });
  }, 60_000);

  it('puts back catalogue text that was changed in the database, touching only that row', async () => {
    await withSeedDatabase(async (prisma, sql) => {
      await runSeed(prisma, options);
      await prisma.program.update({ where: { slug: 'dia' }, data: { title: 'Edited by hand', tags: [] } });
      const report = await runSeed(prisma, options);
      expect(report).toMatchObject({ created: 0, updated: 1 });
      const { rows } = await sql.query(`SELECT title FROM "Program" WHERE slug = 'dia'`);
      expect(rows[0].title).toBe(PROGRAMS.find((program) => program.slug === 'dia')?.title);
    });
  }, 60_000);

  it('seeds the FAQ once and leaves staff edits and retirements alone on the next run', async () => {
    await withSeedDatabase(async (prisma) => {
      await runSeed(prisma, options);
      expect(await prisma.faqEntry.count()).toBe(FAQ.length);
      await prisma.faqEntry.update({ where: { slug: 'ala-mission' }, data: { answer: 'Edited by staff.' } });
      await prisma.faqEntry.update({ where: { slug: 'yma' }, data: { retiredAt: new Date() } });
      await prisma.faqEntry.delete({ where: { slug: 'dia-booklists' } });
      const report = await runSeed(prisma, options);
      expect(report).toMatchObject({ created: 1, updated: 0 });
      expect((await prisma.faqEntry.findUniqueOrThrow({ where: { slug: 'ala-mission' } })).answer).toBe('Edited by staff.');
      expect((await prisma.faqEntry.findUniqueOrThrow({ where: { slug: 'yma' } })).retiredAt).not.toBeNull();
    });
  }, 60_000);

  it('states the facts of the source documents: dates, partners, rules and the unlock', async () => {
    await withSeedDatabase(async (prisma) => {
      await runSeed(prisma, options);
      const keyDates = await prisma.keyDate.findMany({ orderBy: { date: 'asc' } });
      expect(keyDates.map((keyDate) => [keyDate.date.toISOString().slice(0, 10), keyDate.kind])).toEqual([
        ['2015-06-28', 'ANNOUNCEMENT'],
        ['2016-12-15', 'ANNOUNCEMENT'],
        ['2017-01-17', 'OBSERVANCE'],
        ['2022-01-31', 'DEADLINE'],
        ['2022-02-22', 'EVENT'],
      ]);

      const modelsForChange = await prisma.program.findUniqueOrThrow({
        where: { slug: 'ltc-models-for-change' },
        include: { organizations: { include: { organization: true } }, series: { include: { sessions: true } } },
      });
      const byRole = (role: string) =>
        modelsForChange.organizations.filter((link) => link.role === role).map((link) => link.organization.acronym ?? link.organization.name).sort();
      expect(byRole('LEAD')).toEqual(['NCDD', 'PPO']);
      expect(byRole('FUNDER')).toEqual(['IMLS']);
      expect(byRole('FACILITATOR')).toEqual(['Everyday Democracy', 'NIF', 'World Café']);

      const threePart = modelsForChange.series.find((series) => series.slug === 'ltc-mfc-large-urban-public-libraries');
      expect(threePart).toMatchObject({ rule: 'ALL', librarySizes: ['LARGE_URBAN'] });
      expect(threePart?.unlockTitle).toMatch(/2017 ALA Annual Conference in Chicago/);
      expect(threePart?.sessions.map((session) => session.position).sort()).toEqual([1, 2, 3]);
      expect(threePart?.sessions.every((session) => session.recordingUrl?.startsWith('https://programminglibrarian.org'))).toBe(true);

      const badges = await prisma.achievement.findMany({ where: { rule: { not: 'PATHWAY_COMPLETED' } }, include: { issuer: true, series: true }, orderBy: { slug: 'asc' } });
      expect(badges.map((badge) => [badge.issuer.slug, badge.rule, badge.series?.slug])).toEqual([
        ['ala-ppo', 'SERIES_COMPLETED', 'ltc-mfc-academic-libraries'],
        ['ala-ppo', 'SERIES_COMPLETED', 'ltc-mfc-large-urban-public-libraries'],
        ['ala-ppo', 'SERIES_COMPLETED', 'ltc-mfc-small-midsized-rural-public-libraries'],
      ]);
      expect(ACHIEVEMENTS.every((achievement) => achievement.criteriaNarrative.length > 40)).toBe(true);
      expect(await prisma.badgeIssuer.count({ where: { isPrimary: true } })).toBe(1);

      // Issue 20: the Models for Change pathway stacks the badge of any of its three series (one per library type).
      const pathway = await prisma.pathway.findUniqueOrThrow({ where: { slug: 'community-engagement-facilitation' }, include: { achievement: { include: { competencies: { include: { competency: true } } } } } });
      expect(pathway.achievement).toMatchObject({ name: 'Community engagement facilitation', achievementType: 'Certificate', rule: 'PATHWAY_COMPLETED' });
      const requirements = parsePathwayRequirements(pathway.requirements);
      expect(requirements).toMatchObject({ ok: true, value: { rule: 'ONE_OF' } });
      const seriesBadges = requirements.ok ? requirements.value.items.map((item) => (item.kind === 'achievement' ? item.slug : null)) : [];
      expect(seriesBadges.sort()).toEqual(badges.map((badge) => badge.slug).sort());
      expect(new Set(badges.map((badge) => badge.series?.slug)).size).toBe(3);
      expect(pathway.achievement.competencies.map((link) => link.competency.slug).sort()).toEqual(['dialogue-facilitation', 'library-led-community-engagement']);

      const mixer = await prisma.session.findUniqueOrThrow({ where: { slug: 'alsc-membership-mixer-2022' } });
      expect(mixer.startsAt?.toISOString()).toBe('2022-01-27T23:00:00.000Z'); // 5 p.m. CST
    });
  }, 60_000);

  it('gives the demo learners real progress: Maya has the unlock, Sam has one of three', async () => {
    await withSeedDatabase(async (prisma) => {
      await runSeed(prisma, options);
      const maya = await prisma.user.findUniqueOrThrow({ where: { email: 'maya.learner@stacks.local' }, include: { unlocks: true, completions: true } });
      const sam = await prisma.user.findUniqueOrThrow({ where: { email: 'sam.learner@stacks.local' }, include: { unlocks: true, completions: true } });
      expect(maya.completions).toHaveLength(3);
      expect(maya.unlocks).toHaveLength(1);
      expect(sam.completions).toHaveLength(1);
      expect(sam.unlocks).toEqual([]);
      expect(await verify(maya.passwordHash, options.demoPassword)).toBe(true);
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@stacks.local' } });
      expect(admin.role).toBe('ADMIN');
    });
  }, 60_000);

  it('creates no accounts when demo accounts are off (production)', async () => {
    await withSeedDatabase(async (prisma) => {
      const report = await runSeed(prisma, { ...options, demoAccounts: false });
      expect(report.demoAccountsCreated).toEqual([]);
      expect(await prisma.user.count()).toBe(0);
      expect(await prisma.program.count()).toBe(PROGRAMS.length);
    });
  }, 60_000);
});

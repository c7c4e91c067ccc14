import { FAQ } from '@stacks/answering';
import { evaluateSeries, toSeriesDefinition } from '@stacks/learning-domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import {
  ACHIEVEMENT_COMPETENCIES,
  ACHIEVEMENTS,
  BADGE_ISSUERS,
  COMPETENCIES,
  PATHWAYS,
  DEMO_ACCOUNTS,
  ORGANIZATIONS,
  PROGRAMS,
  RESOURCES,
  type DemoAccountSeed,
  type ProgramSeed,
  type SessionSeed,
} from './catalogue.js';

export interface SeedOptions {
  /** Creates the demo accounts and their progress; off in production. */
  demoAccounts: boolean;
  demoPassword: string;
  hashPassword: (password: string) => Promise<string>;
}

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  demoAccountsCreated: string[];
}

/*
 * Loads the catalogue by slug. A row is written only when something in it differs from the
 * catalogue, so a second run changes nothing (updatedAt included), and text edited in the
 * catalogue reaches an existing database on the next run. Demo accounts are created once and
 * never reset. The seed writes no outbox events: it must not send reminders or award e-mails.
 */
export async function runSeed(prisma: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, demoAccountsCreated: [] };
  const organizationIds = new Map<string, string>();
  for (const organization of ORGANIZATIONS) {
    organizationIds.set(organization.slug, await upsertBySlug(prisma.organization, { ...organization }, report));
  }
  for (const program of PROGRAMS) {
    await prisma.$transaction((tx) => upsertProgram(tx as PrismaClient, program, organizationIds, report));
  }
  await seedBadges(prisma, report);
  await seedResources(prisma, report);
  await seedFaq(prisma, report);
  if (options.demoAccounts) {
    for (const account of DEMO_ACCOUNTS) {
      await seedDemoAccount(prisma, account, options, report);
    }
  }
  return report;
}

/**
 * The FAQ's first contents, from libs/answering's list. Unlike the catalogue, an existing entry is
 * never overwritten: once seeded, staff own the text (edits and retirements survive a re-seed).
 */
async function seedFaq(prisma: PrismaClient, report: SeedReport): Promise<void> {
  const existing = new Set((await prisma.faqEntry.findMany({ select: { slug: true } })).map((row) => row.slug));
  const missing = FAQ.filter((entry) => !existing.has(entry.id));
  report.unchanged += FAQ.length - missing.length;
  if (missing.length === 0) return;
  const { count } = await prisma.faqEntry.createMany({
    data: missing.map((entry) => ({
      slug: entry.id,
      question: entry.question,
      variants: entry.variants ?? [],
      keywords: entry.keywords,
      answer: entry.answer,
      aspect: entry.aspect ?? null,
      tags: entry.tags ?? [],
      programSlugs: entry.programSlugs ?? [],
      urls: entry.urls ?? [],
      datedByKeyDate: entry.datedBy?.keyDate ?? null,
      datedBySession: entry.datedBy?.session ?? null,
    })),
    skipDuplicates: true,
  });
  report.created += count;
}

type Row = Record<string, unknown>;

/** Fields of `wanted` whose value differs from `existing` (dates compared by instant, arrays by content). */
function changedFields(existing: Row, wanted: Row): Row {
  const changes: Row = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (!sameValue(existing[key], value)) changes[key] = value;
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  }
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  // JSON columns (a pathway's requirements): jsonb keeps its own key order, so compare canonically.
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return canonicalJson(a) === canonicalJson(b);
  return a === b;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const dateOnly = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00.000Z`));
const instant = (value: string | null) => (value === null ? null : new Date(value));

/** The part of a Prisma model delegate the seed needs; every seeded model has a unique slug. */
interface SlugModel<Data> {
  findUnique(args: { where: { slug: string } }): PromiseLike<{ id: string } | null>;
  create(args: { data: Data }): PromiseLike<{ id: string }>;
  update(args: { where: { id: string }; data: Partial<Data> }): PromiseLike<unknown>;
}

/** Creates the row for `data.slug`, or updates just the fields that differ; returns its id. */
async function upsertBySlug<Data extends { slug: string }>(model: SlugModel<Data>, data: Data, report: SeedReport): Promise<string> {
  const existing = await model.findUnique({ where: { slug: data.slug } });
  if (!existing) {
    report.created += 1;
    return (await model.create({ data })).id;
  }
  const changes = changedFields(existing as unknown as Row, data) as Partial<Data>;
  if (Object.keys(changes).length === 0) {
    report.unchanged += 1;
  } else {
    report.updated += 1;
    await model.update({ where: { id: existing.id }, data: changes });
  }
  return existing.id;
}

async function upsertProgram(
  prisma: PrismaClient,
  program: ProgramSeed,
  organizationIds: Map<string, string>,
  report: SeedReport,
): Promise<void> {
  const { organizations, keyDates, series, sessions, ...fields } = program;
  const data = { ...fields, startsOn: dateOnly(fields.startsOn), endsOn: dateOnly(fields.endsOn) };
  const programId = await upsertBySlug(prisma.program, data, report);

  // The catalogue is the source of truth for a seeded program's organisations.
  const links = organizations.map(({ slug, role }) => {
    const organizationId = organizationIds.get(slug);
    if (!organizationId) throw new Error(`program ${program.slug} names unknown organization ${slug}`);
    return { programId, organizationId, role };
  });
  const existingLinks = await prisma.programOrganization.findMany({ where: { programId } });
  const key = (link: { organizationId: string; role: string }) => `${link.organizationId}/${link.role}`;
  const wantedKeys = new Set(links.map(key));
  const stale = existingLinks.filter((link) => !wantedKeys.has(key(link)));
  for (const link of stale) {
    await prisma.programOrganization.delete({
      where: { programId_organizationId_role: { programId, organizationId: link.organizationId, role: link.role } },
    });
  }
  await prisma.programOrganization.createMany({ data: links, skipDuplicates: true });

  for (const keyDate of keyDates) {
    const keyDateData = { ...keyDate, programId, date: new Date(`${keyDate.date}T00:00:00.000Z`) };
    await upsertBySlug(prisma.keyDate, keyDateData, report);
  }

  for (const { sessions: seriesSessions, ...seriesFields } of series) {
    const seriesData = { ...seriesFields, programId };
    const seriesId = await upsertBySlug(prisma.series, seriesData, report);
    for (const session of seriesSessions) await upsertSession(prisma, session, programId, seriesId, report);
  }
  for (const session of sessions) await upsertSession(prisma, session, programId, null, report);
}

async function upsertSession(
  prisma: PrismaClient,
  session: SessionSeed,
  programId: string,
  seriesId: string | null,
  report: SeedReport,
): Promise<void> {
  const data = {
    ...session,
    programId,
    seriesId,
    position: session.position ?? null,
    startsAt: instant(session.startsAt),
    endsAt: instant(session.endsAt),
  };
  await upsertBySlug(prisma.session, data, report);
}

/** Badge issuers and achievements; achievements name their issuer and series by slug. */
async function seedBadges(prisma: PrismaClient, report: SeedReport): Promise<void> {
  const issuerIds = new Map<string, string>();
  for (const issuer of BADGE_ISSUERS) issuerIds.set(issuer.slug, await upsertBySlug(prisma.badgeIssuer, { ...issuer }, report));
  for (const { issuerSlug, seriesSlug, programSlug, ...achievement } of ACHIEVEMENTS) {
    const issuerId = issuerIds.get(issuerSlug);
    if (!issuerId) throw new Error(`achievement ${achievement.slug} names unknown issuer ${issuerSlug}`);
    const series = seriesSlug ? await prisma.series.findUnique({ where: { slug: seriesSlug }, select: { id: true } }) : null;
    const program = programSlug ? await prisma.program.findUnique({ where: { slug: programSlug }, select: { id: true } }) : null;
    if (seriesSlug && !series) throw new Error(`achievement ${achievement.slug} names unknown series ${seriesSlug}`);
    if (programSlug && !program) throw new Error(`achievement ${achievement.slug} names unknown program ${programSlug}`);
    await upsertBySlug(prisma.achievement, { ...achievement, issuerId, seriesId: series?.id ?? null, programId: program?.id ?? null }, report);
  }
  for (const { certificate, ...pathway } of PATHWAYS) {
    const { issuerSlug, ...achievement } = certificate;
    const issuerId = issuerIds.get(issuerSlug);
    if (!issuerId) throw new Error(`pathway ${pathway.slug} names unknown issuer ${issuerSlug}`);
    const achievementId = await upsertBySlug(prisma.achievement, { ...achievement, issuerId, rule: 'PATHWAY_COMPLETED' as const, seriesId: null, programId: null, tags: ['pathway'], validForDays: null }, report);
    await upsertBySlug(prisma.pathway, { ...pathway, deadline: null, achievementId }, report);
  }
  await seedCompetencies(prisma, report);
}

/** The competency framework and what the seeded achievements align to (alignment rows only added). */
async function seedCompetencies(prisma: PrismaClient, report: SeedReport): Promise<void> {
  const competencyIds = new Map<string, string>();
  for (const competency of COMPETENCIES) competencyIds.set(competency.slug, await upsertBySlug(prisma.competency, { ...competency }, report));
  for (const { achievementSlug, competencySlugs } of ACHIEVEMENT_COMPETENCIES) {
    const achievement = await prisma.achievement.findUnique({ where: { slug: achievementSlug }, select: { id: true } });
    if (!achievement) throw new Error(`alignment names unknown achievement ${achievementSlug}`);
    const data = competencySlugs.map((slug) => {
      const competencyId = competencyIds.get(slug);
      if (!competencyId) throw new Error(`alignment names unknown competency ${slug}`);
      return { achievementId: achievement.id, competencyId };
    });
    const { count } = await prisma.achievementCompetency.createMany({ data, skipDuplicates: true });
    report.created += count;
    report.unchanged += data.length - count;
  }
}

/** The programs' free materials the documents name (links only where a document gives one). */
async function seedResources(prisma: PrismaClient, report: SeedReport): Promise<void> {
  for (const { programSlug, ...resource } of RESOURCES) {
    const program = await prisma.program.findUnique({ where: { slug: programSlug }, select: { id: true } });
    if (!program) throw new Error(`resource ${resource.slug} names unknown program ${programSlug}`);
    await upsertBySlug(prisma.resource, { ...resource, programId: program.id }, report);
  }
}

// Fixed instants keep demo progress identical on every run.
const DEMO_VIEWED_AT = Date.UTC(2017, 2, 1, 15);

async function seedDemoAccount(prisma: PrismaClient, account: DemoAccountSeed, options: SeedOptions, report: SeedReport): Promise<void> {
  let user = await prisma.user.findUnique({ where: { email: account.email } });
  if (!user) {
    user = await prisma.user.create({
      data: {
        email: account.email,
        passwordHash: await options.hashPassword(options.demoPassword),
        displayName: account.displayName,
        role: account.role,
        profile: {
          create: { libraryType: account.libraryType, librarySize: account.librarySize, jobRole: account.jobRole },
        },
      },
    });
    report.created += 1;
    report.demoAccountsCreated.push(account.email);
  }
  if (account.viewedRecordings.length === 0) return;

  const sessions = await prisma.session.findMany({ where: { slug: { in: account.viewedRecordings } } });
  const bySlug = new Map(sessions.map((session) => [session.slug, session]));
  const viewed = account.viewedRecordings.map((slug, index) => {
    const session = bySlug.get(slug);
    if (!session) throw new Error(`demo account ${account.email} viewed unknown session ${slug}`);
    return { session, at: new Date(DEMO_VIEWED_AT + index * 86_400_000) };
  });
  const userId = user.id;
  await prisma.completionEvent.createMany({
    data: viewed.map(({ session, at }) => ({
      userId,
      sessionId: session.id,
      source: 'RECORDING_VIEWED' as const,
      idempotencyKey: `seed:${session.slug}`,
      viewedPercent: 100,
      occurredAt: at,
    })),
    skipDuplicates: true,
  });
  await prisma.sessionCompletion.createMany({
    data: viewed.map(({ session, at }) => ({ userId, sessionId: session.id, source: 'RECORDING_VIEWED' as const, completedAt: at })),
    skipDuplicates: true,
  });

  // Unlock exactly as the API would: apply each touched series' rule to the learner's completions.
  const seriesIds = [...new Set(sessions.map((session) => session.seriesId).filter((id): id is string => id !== null))];
  for (const seriesId of seriesIds) {
    const series = await prisma.series.findUniqueOrThrow({ where: { id: seriesId }, include: { sessions: true } });
    const completions = await prisma.sessionCompletion.findMany({
      where: { userId, sessionId: { in: series.sessions.map((session) => session.id) } },
      select: { sessionId: true, completedAt: true },
    });
    const progress = evaluateSeries(toSeriesDefinition(series), completions);
    if (!progress.satisfied) continue;
    const unlockedAt = new Date(Math.max(...completions.map((completion) => completion.completedAt.getTime())));
    await prisma.seriesUnlock.createMany({ data: [{ userId, seriesId, unlockedAt }], skipDuplicates: true });
  }
}

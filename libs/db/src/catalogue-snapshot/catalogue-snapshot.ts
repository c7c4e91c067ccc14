import type { CatalogueSnapshot, EntryAspect, FaqEntry, PathwayFacts, ProgramFacts, ResourceFacts, SessionFacts, SnapshotSource } from '@stacks/answering';
import { describePathwayRequirements, parsePathwayRequirements, type PathwayItemRequirement } from '@stacks/learning-domain';
import { type FaqEntry as FaqEntryRow, type PrismaClient, Prisma } from '../generated/prisma/client.js';
import { ACHIEVEMENTS, ORGANIZATIONS, PATHWAYS, PROGRAMS, RESOURCES, type SessionSeed } from '../seed/catalogue.js';

/*
 * The catalogue as plain data for the answering engine: from PostgreSQL when it is reachable, or
 * straight from the seed module (no database needed, e.g. the bot's console mode on a laptop).
 */

function calendarDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

function seedSession(session: SessionSeed): SessionFacts {
  return {
    slug: session.slug,
    title: session.title,
    description: session.description,
    type: session.type,
    position: session.position ?? null,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    cancelled: false,
    recordingUrl: session.recordingUrl,
    location: session.location,
  };
}

/** The seed catalogue (libs/db/src/seed/catalogue.ts) as a snapshot. */
export function seedCatalogueSnapshot(): CatalogueSnapshot {
  return {
    version: 'seed',
    organizations: ORGANIZATIONS.map((organization) => ({ ...organization })),
    programs: PROGRAMS.map(
      (program): ProgramFacts => ({
        slug: program.slug,
        title: program.title,
        acronym: program.acronym,
        kind: program.kind,
        summary: program.summary,
        description: program.description,
        audience: program.audience,
        libraryTypes: [...program.libraryTypes],
        librarySizes: [...program.librarySizes],
        startsOn: program.startsOn,
        endsOn: program.endsOn,
        url: program.url,
        tags: [...program.tags],
        organizations: program.organizations.map((link) => ({ ...link })),
        keyDates: program.keyDates.map((keyDate) => ({ ...keyDate })),
        series: program.series.map((series) => ({
          slug: series.slug,
          title: series.title,
          description: series.description,
          audience: series.audience,
          rule: series.rule,
          requiredCount: series.requiredCount,
          unlockTitle: series.unlockTitle,
          unlockDescription: series.unlockDescription,
          sessions: series.sessions.map(seedSession),
        })),
        sessions: program.sessions.map(seedSession),
      }),
    ),
    achievements: ACHIEVEMENTS.map((achievement) => ({
      slug: achievement.slug,
      name: achievement.name,
      description: achievement.description,
      criteria: achievement.criteriaNarrative,
      seriesSlug: achievement.seriesSlug,
      programSlug: achievement.programSlug,
      url: null,
    })),
    resources: RESOURCES.map((resource): ResourceFacts => ({ ...resource, sessionSlug: null, filePath: null })),
    pathways: PATHWAYS.map((pathway) =>
      pathwayFacts(
        { ...pathway, certificateName: pathway.certificate.name, certificateType: pathway.certificate.achievementType },
        titlesOf(
          ACHIEVEMENTS.map((achievement) => ({ kind: 'achievement', slug: achievement.slug, title: achievement.name })),
          PROGRAMS.flatMap((program) => program.series.map((series) => ({ kind: 'series', slug: series.slug, title: series.title }))),
        ),
      ),
    ),
  };
}

/** Item titles by `kind:slug`, for the words a pathway's requirements are said in. */
function titlesOf(...lists: { kind: string; slug: string; title: string }[][]): (item: PathwayItemRequirement) => string {
  const titles = new Map(lists.flat().map((entry) => [`${entry.kind}:${entry.slug}`, entry.title]));
  return (item) => titles.get(`${item.kind}:${item.slug}`) ?? item.slug;
}

function pathwayFacts(
  pathway: { slug: string; title: string; description: string; requirements: unknown; certificateName: string; certificateType: string },
  titleOf: (item: PathwayItemRequirement) => string,
): PathwayFacts {
  const parsed = parsePathwayRequirements(pathway.requirements);
  return {
    slug: pathway.slug,
    title: pathway.title,
    description: pathway.description,
    certificateName: pathway.certificateName,
    certificateType: pathway.certificateType,
    requirement: parsed.ok ? describePathwayRequirements(parsed.value, titleOf) : 'see the pathway page',
  };
}

/**
 * A cheap fingerprint of the catalogue: changes whenever a program, series, session, key date,
 * organisation, pathway or program-organisation link is added, removed or edited ("<catalogue>.<faq>", the
 * second part for staff's FAQ entries).
 */
export async function catalogueVersion(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<{ version: string }[]>(Prisma.sql`
    SELECT md5(concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Program"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Series"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Session"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Achievement"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Pathway"),
      (SELECT md5(coalesce(string_agg(concat_ws(',', "slug", "title", "kind", "date", "description"), ';' ORDER BY "slug"), '')) FROM "KeyDate"),
      (SELECT md5(coalesce(string_agg(concat_ws(',', "slug", "name", "acronym", "description", "url"), ';' ORDER BY "slug"), '')) FROM "Organization"),
      (SELECT md5(coalesce(string_agg(concat_ws(',', "programId", "organizationId", "role"), ';' ORDER BY "programId", "organizationId", "role"), '')) FROM "ProgramOrganization"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Resource"),
      (SELECT count(*) || ':' || coalesce(max("publishedAt")::text, '') FROM "RegistrySubmission" WHERE status = 'PUBLISHED')
    )) || '.' || md5((SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "FaqEntry")) AS version`);
  return row.version;
}

/** The whole catalogue from PostgreSQL. Cancelled sessions stay in, marked, so the bot can say so. */
export async function loadCatalogueSnapshot(prisma: PrismaClient): Promise<CatalogueSnapshot> {
  const version = await catalogueVersion(prisma);
  const [organizations, programs, achievements, faq, resources, registry, pathways] = await Promise.all([
    prisma.organization.findMany({ orderBy: { slug: 'asc' } }),
    prisma.program.findMany({
      orderBy: { slug: 'asc' },
      include: {
        organizations: { include: { organization: { select: { slug: true } } } },
        keyDates: { orderBy: { date: 'asc' } },
        series: { orderBy: { slug: 'asc' }, include: { sessions: { orderBy: { position: 'asc' } } } },
        sessions: { where: { seriesId: null }, orderBy: [{ startsAt: 'asc' }, { slug: 'asc' }] },
      },
    }),
    prisma.achievement.findMany({
      orderBy: { slug: 'asc' },
      include: { series: { select: { slug: true } }, program: { select: { slug: true } } },
    }),
    prisma.faqEntry.findMany({ orderBy: { slug: 'asc' } }),
    prisma.resource.findMany({ orderBy: { slug: 'asc' }, include: { program: { select: { slug: true } }, session: { select: { slug: true } } } }),
    prisma.registrySubmission.groupBy({ by: ['programId'], where: { status: 'PUBLISHED' }, _count: { _all: true } }),
    prisma.pathway.findMany({ orderBy: { slug: 'asc' }, include: { achievement: { select: { name: true, achievementType: true } } } }),
  ]);
  const programSlugById = new Map(programs.map((program) => [program.id, program.slug]));
  const session = (row: (typeof programs)[number]['sessions'][number]): SessionFacts => ({
    slug: row.slug,
    title: row.title,
    description: row.description,
    type: row.type,
    position: row.position,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    timeZone: row.timeZone,
    cancelled: row.status === 'CANCELLED',
    recordingUrl: row.recordingUrl,
    location: row.location,
  });
  return {
    version,
    // "<catalogue>.<faq>": an FAQ edit leaves the first part alone, so the engine updates just the FAQ.
    contentVersion: version.split('.')[0],
    organizations: organizations.map(({ slug, name, acronym, description, url }) => ({ slug, name, acronym, description, url })),
    programs: programs.map((program) => ({
      slug: program.slug,
      title: program.title,
      acronym: program.acronym,
      kind: program.kind,
      summary: program.summary,
      description: program.description,
      audience: program.audience,
      libraryTypes: program.libraryTypes,
      librarySizes: program.librarySizes,
      startsOn: calendarDate(program.startsOn),
      endsOn: calendarDate(program.endsOn),
      url: program.url,
      tags: program.tags,
      organizations: program.organizations.map((link) => ({ slug: link.organization.slug, role: link.role })),
      keyDates: program.keyDates.map((keyDate) => ({
        slug: keyDate.slug,
        title: keyDate.title,
        kind: keyDate.kind,
        date: calendarDate(keyDate.date) ?? '',
        description: keyDate.description,
      })),
      series: program.series.map((series) => ({
        slug: series.slug,
        title: series.title,
        description: series.description,
        audience: series.audience,
        rule: series.rule,
        requiredCount: series.requiredCount,
        unlockTitle: series.unlockTitle,
        unlockDescription: series.unlockDescription,
        sessions: series.sessions.map(session),
      })),
      sessions: program.sessions.map(session),
    })),
    achievements: achievements.map((achievement) => ({
      slug: achievement.slug,
      name: achievement.name,
      description: achievement.description,
      criteria: achievement.criteriaNarrative,
      seriesSlug: achievement.series?.slug ?? null,
      programSlug: achievement.program?.slug ?? null,
      url: null,
    })),
    resources: resources.map(
      (resource): ResourceFacts => ({
        slug: resource.slug,
        programSlug: resource.program?.slug ?? null,
        sessionSlug: resource.session?.slug ?? null,
        title: resource.title,
        description: resource.description,
        kind: resource.kind,
        url: resource.url,
        filePath: resource.fileType ? `/api/v1/resources/${resource.slug}/file` : null,
        audience: resource.audience,
      }),
    ),
    registry: { publishedByProgram: Object.fromEntries(registry.map((row) => [programSlugById.get(row.programId) ?? row.programId, row._count._all])) },
    pathways: pathways.map((pathway) =>
      pathwayFacts(
        { ...pathway, certificateName: pathway.achievement.name, certificateType: pathway.achievement.achievementType },
        titlesOf(
          achievements.map((achievement) => ({ kind: 'achievement', slug: achievement.slug, title: achievement.name })),
          programs.flatMap((program) => program.series.map((series) => ({ kind: 'series', slug: series.slug, title: series.title }))),
          programs.flatMap((program) => [...program.sessions, ...program.series.flatMap((series) => series.sessions)].map((session) => ({ kind: 'session', slug: session.slug, title: session.title }))),
        ),
      ),
    ),
    // A database whose FAQ was never seeded keeps the engine's built-in list; once it has rows, they are the FAQ.
    faq: faq.length > 0 ? faq.filter((entry) => !entry.retiredAt).map(toFaqEntry) : undefined,
  };
}

/** A database FAQ row as the answering engine's FaqEntry. */
export function toFaqEntry(row: FaqEntryRow): FaqEntry {
  const datedBy = row.datedByKeyDate || row.datedBySession ? { keyDate: row.datedByKeyDate ?? undefined, session: row.datedBySession ?? undefined } : undefined;
  return {
    id: row.slug,
    question: row.question,
    variants: row.variants,
    keywords: row.keywords,
    answer: row.answer,
    aspect: (row.aspect ?? undefined) as EntryAspect | undefined,
    tags: row.tags,
    programSlugs: row.programSlugs,
    urls: row.urls,
    datedBy,
  };
}

/**
 * The database as a snapshot source for LiveAnswerer. An empty catalogue (migrated, never seeded)
 * answers from the seed catalogue instead, under the database's version so it is not reloaded.
 */
export function databaseSnapshotSource(prisma: PrismaClient): SnapshotSource {
  return {
    version: () => catalogueVersion(prisma),
    load: async () => {
      const snapshot = await loadCatalogueSnapshot(prisma);
      return snapshot.programs.length > 0 ? snapshot : { ...seedCatalogueSnapshot(), version: snapshot.version, faq: snapshot.faq };
    },
  };
}

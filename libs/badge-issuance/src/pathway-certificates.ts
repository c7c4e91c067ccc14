import type { Prisma, PrismaClient } from '@stacks/db';
import {
  certificateAfterRevocation,
  evaluatePathway,
  itemKey,
  parsePathwayRequirements,
  type PathwayFacts,
  type PathwayGroupRequirement,
  pathwayItems,
  type PathwayProgress,
} from '@stacks/learning-domain';
import type { AwardResult, BadgeIssuance } from './badge-issuance.js';
import type { BadgeUrls } from './badge-urls.js';

type Db = Pick<PrismaClient, 'seriesUnlock' | 'sessionCompletion' | 'badgeAward' | 'achievement'> | Prisma.TransactionClient;

/** A stored pathway's requirement tree; a row that no longer parses (edited by hand) meets nothing. */
export function storedRequirements(value: Prisma.JsonValue): PathwayGroupRequirement | null {
  const parsed = parsePathwayRequirements(value);
  return parsed.ok ? parsed.value : null;
}

/**
 * When the learner met each item of a tree: a series by its unlock, a session by its completion,
 * an achievement by the award whose credential is in force (unrevoked and unexpired at `now`).
 */
export async function loadPathwayFacts(db: Db, userId: string, root: PathwayGroupRequirement, now = new Date()): Promise<PathwayFacts> {
  const items = pathwayItems(root);
  const slugs = (kind: string) => items.filter((item) => item.kind === kind).map((item) => item.slug);
  const [unlocks, completions, awards] = await Promise.all([
    db.seriesUnlock.findMany({ where: { userId, series: { slug: { in: slugs('series') } } }, select: { unlockedAt: true, series: { select: { slug: true } } } }),
    db.sessionCompletion.findMany({ where: { userId, session: { slug: { in: slugs('session') } } }, select: { completedAt: true, session: { select: { slug: true } } } }),
    db.badgeAward.findMany({
      where: {
        userId,
        achievement: { slug: { in: slugs('achievement') } },
        credentials: { some: { revokedAt: null, OR: [{ validUntil: null }, { validUntil: { gt: now } }] } },
      },
      select: { createdAt: true, achievement: { select: { slug: true } } },
    }),
  ]);
  const facts = new Map<string, Date | null>();
  for (const unlock of unlocks) facts.set(itemKey({ kind: 'series', slug: unlock.series.slug }), unlock.unlockedAt);
  for (const completion of completions) facts.set(itemKey({ kind: 'session', slug: completion.session.slug }), completion.completedAt);
  for (const award of awards) facts.set(itemKey({ kind: 'achievement', slug: award.achievement.slug }), award.createdAt);
  return facts;
}

export interface StackedCredential {
  credentialId: string;
  achievementId: string;
  achievementName: string;
}

/**
 * The learner's credentials in force for what a pathway stacks: its achievement items and the
 * badges of its series items. A certificate references them (evidence and `related`).
 */
export async function stackedCredentials(db: Db, userId: string, root: PathwayGroupRequirement): Promise<StackedCredential[]> {
  const items = pathwayItems(root);
  const achievementSlugs = items.filter((item) => item.kind === 'achievement').map((item) => item.slug);
  const seriesSlugs = items.filter((item) => item.kind === 'series').map((item) => item.slug);
  const awards = await db.badgeAward.findMany({
    where: {
      userId,
      achievement: { OR: [{ slug: { in: achievementSlugs } }, { rule: 'SERIES_COMPLETED', series: { slug: { in: seriesSlugs } } }] },
    },
    select: {
      achievement: { select: { id: true, name: true, slug: true } },
      credentials: { where: { revokedAt: null }, select: { id: true }, take: 1 },
    },
    orderBy: { createdAt: 'asc' },
  });
  return awards
    .filter((award) => award.credentials.length > 0)
    .map((award) => ({ credentialId: award.credentials[0].id, achievementId: award.achievement.id, achievementName: award.achievement.name }));
}

/** The evidence and `related` entries of a certificate: one per stacked credential. */
export function certificateReferences(urls: BadgeUrls, stacked: StackedCredential[]) {
  return {
    evidence: stacked.map((entry) => ({ url: urls.credential(entry.credentialId), name: entry.achievementName, narrative: `Holds the badge "${entry.achievementName}", which this certificate stacks.` })),
    related: [...new Set(stacked.map((entry) => urls.achievement(entry.achievementId)))],
  };
}

/**
 * Issues pathway certificates: when a learner's facts meet a pathway (by its deadline), its
 * certificate achievement is awarded through BadgeIssuance.award, exactly once per learner
 * (the award's unique key), so repeated or racing events issue nothing more.
 */
export class PathwayCertificates {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly issuance: BadgeIssuance,
  ) {}

  /** One learner's progress on every pathway (read side for the API, decision side for the worker). */
  async progressFor(userId: string, now = new Date()): Promise<{ pathwayId: string; achievementId: string; progress: PathwayProgress }[]> {
    const pathways = await this.prisma.pathway.findMany({ select: { id: true, achievementId: true, requirements: true, deadline: true }, orderBy: { slug: 'asc' } });
    const results: { pathwayId: string; achievementId: string; progress: PathwayProgress }[] = [];
    for (const pathway of pathways) {
      const root = storedRequirements(pathway.requirements);
      if (!root) continue;
      const facts = await loadPathwayFacts(this.prisma, userId, root, now);
      results.push({ pathwayId: pathway.id, achievementId: pathway.achievementId, progress: evaluatePathway(root, facts, { deadline: pathway.deadline, now }) });
    }
    return results;
  }

  /**
   * After a pathway was created or changed: every learner who has met any of its items and does
   * not hold its certificate is evaluated (bounded per run), so those who already meet it get
   * the certificate without a new event. Returns the awards made.
   */
  async reconcilePathway(pathwayId: string, limit = 1000): Promise<AwardResult[]> {
    const pathway = await this.prisma.pathway.findUnique({ where: { id: pathwayId }, select: { achievementId: true, requirements: true } });
    const root = pathway ? storedRequirements(pathway.requirements) : null;
    if (!pathway || !root) return [];
    const items = pathwayItems(root);
    const slugs = (kind: string) => items.filter((item) => item.kind === kind).map((item) => item.slug);
    const withoutCertificate = { badgeAwards: { none: { achievementId: pathway.achievementId } }, emailVerifiedAt: { not: null }, deletedAt: null };
    const candidates = await this.prisma.user.findMany({
      where: {
        ...withoutCertificate,
        OR: [
          { unlocks: { some: { series: { slug: { in: slugs('series') } } } } },
          { completions: { some: { session: { slug: { in: slugs('session') } } } } },
          { badgeAwards: { some: { achievement: { slug: { in: slugs('achievement') } } } } },
        ],
      },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: limit,
    });
    const results: AwardResult[] = [];
    for (const { id } of candidates) results.push(...(await this.awardCompleted(id)));
    return results;
  }

  /**
   * Awards the certificate of every pathway the learner has completed and does not hold yet.
   * A certificate counts toward other pathways too, so it runs again (bounded) after issuing one.
   */
  async awardCompleted(userId: string, now = new Date()): Promise<AwardResult[]> {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true, deletedAt: true } });
    if (!user?.emailVerifiedAt || user.deletedAt) return []; // held until verified, like every rule-based award
    const results: AwardResult[] = [];
    for (let round = 0; round < 4; round += 1) {
      const held = new Set((await this.prisma.badgeAward.findMany({ where: { userId, achievement: { rule: 'PATHWAY_COMPLETED' } }, select: { achievementId: true } })).map((award) => award.achievementId));
      const due = (await this.progressFor(userId, now)).filter((entry) => entry.progress.status === 'completed' && !held.has(entry.achievementId));
      if (due.length === 0) break;
      for (const entry of due) results.push(await this.issuance.award({ userId, achievementId: entry.achievementId }));
    }
    return results;
  }
}

/**
 * After a credential was revoked (inside the revoking transaction): every pathway certificate of
 * the same learner that stacked its achievement is judged by the pathway's policy and, when it
 * says so, revoked with a reason; a revoked certificate cascades in turn (bounded depth).
 */
export async function cascadeRevocation(tx: Prisma.TransactionClient, credentialId: string, revocationReason: string, actorId: string, depth = 0): Promise<string[]> {
  if (depth >= 4) return [];
  const revoked = await tx.badgeCredential.findUnique({
    where: { id: credentialId },
    select: { award: { select: { userId: true, achievement: { select: { slug: true, name: true, rule: true, series: { select: { slug: true } } } } } } },
  });
  if (!revoked) return [];
  const { userId, achievement } = revoked.award;
  const certificates = await tx.badgeCredential.findMany({
    where: { revokedAt: null, award: { userId, achievement: { rule: 'PATHWAY_COMPLETED', pathway: { isNot: null } } } },
    select: { id: true, award: { select: { achievement: { select: { pathway: { select: { slug: true, requirements: true, deadline: true, revocationPolicy: true } } } } } } },
  });
  const cascaded: string[] = [];
  for (const certificate of certificates) {
    const pathway = certificate.award.achievement.pathway;
    const root = pathway ? storedRequirements(pathway.requirements) : null;
    if (!pathway || !root) continue;
    const stacks = pathwayItems(root).some(
      (item) => (item.kind === 'achievement' && item.slug === achievement.slug) || (item.kind === 'series' && achievement.rule === 'SERIES_COMPLETED' && item.slug === achievement.series?.slug),
    );
    if (!stacks) continue;
    const factsAfter = await loadPathwayFacts(tx, userId, root);
    const decision = certificateAfterRevocation({ policy: pathway.revocationPolicy, root, factsAfter, deadline: pathway.deadline, revokedBadgeName: achievement.name, revocationReason, now: new Date() });
    if (decision.action === 'keep') continue;
    const updated = await tx.badgeCredential.updateMany({ where: { id: certificate.id, revokedAt: null }, data: { revokedAt: new Date(), revocationReason: decision.reason } });
    if (updated.count === 0) continue;
    await tx.auditEntry.create({
      data: { actorId, action: 'pathway.certificate-revoke', subjectType: 'BadgeCredential', subjectId: certificate.id, details: { pathway: pathway.slug, because: credentialId, reason: decision.reason } },
    });
    cascaded.push(certificate.id, ...(await cascadeRevocation(tx, certificate.id, decision.reason, actorId, depth + 1)));
  }
  return cascaded;
}

import { Inject, Injectable } from '@nestjs/common';
import { BadgeIssuance, loadPathwayFacts, storedRequirements } from '@stacks/badge-issuance';
import { enqueueOutboxEvent, type Prisma, PrismaService } from '@stacks/db';
import { JobName } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import {
  evaluatePathway,
  type PathwayGroupProgress,
  type PathwayGroupRequirement,
  type PathwayItemProgress,
  type PathwayItemRequirement,
  pathwayItems,
  parsePathwayRequirements,
  type PathwayRequirement,
} from '@stacks/learning-domain';
import { DomainError, notFound } from '../problem/domain-error.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';
import type { MyPathwayDto, PathwayDto, PathwayNodeDto, PutPathwayDto } from './dto/pathways.dto.js';

const PATHWAY_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  requirements: true,
  deadline: true,
  revocationPolicy: true,
  achievementId: true,
  achievement: { select: { id: true, slug: true, name: true, achievementType: true, description: true, criteriaNarrative: true } },
} satisfies Prisma.PathwaySelect;
type PathwayRow = Prisma.PathwayGetPayload<{ select: typeof PATHWAY_SELECT }>;

interface ItemInfo {
  title: string;
  startsAt: Date | null;
  availableUntil: Date | null;
  /** Achievements whose competencies the item builds. */
  achievementIds: string[];
  open: boolean;
}

/** What the catalogue says about each item a set of trees names, by `kind:slug`. */
export async function describeItems(prisma: PrismaService, items: PathwayItemRequirement[]): Promise<Map<string, ItemInfo>> {
  const slugs = (kind: string) => [...new Set(items.filter((item) => item.kind === kind).map((item) => item.slug))];
  const [series, sessions, achievements] = await Promise.all([
    prisma.series.findMany({ where: { slug: { in: slugs('series') } }, select: { slug: true, title: true, achievements: { select: { id: true } } } }),
    prisma.session.findMany({
      where: { slug: { in: slugs('session') } },
      select: { slug: true, title: true, startsAt: true, recordingAvailableUntil: true, status: true, series: { select: { achievements: { select: { id: true } } } } },
    }),
    prisma.achievement.findMany({ where: { slug: { in: slugs('achievement') } }, select: { id: true, slug: true, name: true } }),
  ]);
  const info = new Map<string, ItemInfo>();
  for (const row of series) info.set(`series:${row.slug}`, { title: row.title, startsAt: null, availableUntil: null, achievementIds: row.achievements.map((a) => a.id), open: true });
  for (const row of sessions) {
    info.set(`session:${row.slug}`, {
      title: row.title,
      startsAt: row.startsAt,
      availableUntil: row.recordingAvailableUntil,
      achievementIds: row.series?.achievements.map((a) => a.id) ?? [],
      open: row.status === 'SCHEDULED',
    });
  }
  for (const row of achievements) info.set(`achievement:${row.slug}`, { title: row.name, startsAt: null, availableUntil: null, achievementIds: [row.id], open: true });
  return info;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

@Injectable()
export class PathwaysService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
    private readonly outbox: OutboxPublisher,
  ) {}

  async list(): Promise<PathwayDto[]> {
    const rows = await this.prisma.pathway.findMany({ select: PATHWAY_SELECT, orderBy: { slug: 'asc' } });
    return this.describe(rows);
  }

  async get(slug: string): Promise<PathwayDto> {
    const row = await this.prisma.pathway.findUnique({ where: { slug }, select: PATHWAY_SELECT });
    if (!row) throw notFound('Pathway', slug);
    return (await this.describe([row]))[0];
  }

  /** Every pathway as my map: done, next, open, by when; and the certificate once I hold it. */
  async mine(userId: string, now = new Date()): Promise<MyPathwayDto[]> {
    const rows = await this.prisma.pathway.findMany({ select: PATHWAY_SELECT, orderBy: { slug: 'asc' } });
    const described = await this.describe(rows);
    const credentials = await this.prisma.badgeCredential.findMany({
      where: { award: { userId, achievementId: { in: rows.map((row) => row.achievementId) } } },
      select: { id: true, issuedAt: true, validUntil: true, revokedAt: true, revocationReason: true, award: { select: { achievementId: true } } },
      orderBy: { issuedAt: 'desc' },
    });
    const result: MyPathwayDto[] = [];
    for (const [index, row] of rows.entries()) {
      const root = storedRequirements(row.requirements);
      if (!root) continue;
      const progress = evaluatePathway(root, await loadPathwayFacts(this.prisma, userId, root, now), { deadline: row.deadline, now });
      const info = await describeItems(this.prisma, pathwayItems(root));
      const held = credentials.find((credential) => credential.award.achievementId === row.achievementId && credential.revokedAt === null) ?? credentials.find((credential) => credential.award.achievementId === row.achievementId);
      result.push({
        ...described[index],
        requirements: this.progressNode(progress.root, info),
        status: progress.status,
        completedAt: iso(progress.completedAt),
        next: progress.next.map((item) => ({ kind: item.kind, slug: item.slug, title: info.get(`${item.kind}:${item.slug}`)?.title ?? item.slug })),
        credential: held
          ? {
              credentialId: held.id,
              status: held.revokedAt ? 'revoked' : held.validUntil && held.validUntil <= now ? 'expired' : 'valid',
              issuedAt: held.issuedAt.toISOString(),
              revocationReason: held.revocationReason,
            }
          : null,
      });
    }
    return result;
  }

  /**
   * Creates or replaces a pathway and its certificate achievement, in one transaction. Every slug
   * the tree names must exist (400 naming the item); the same request again changes nothing.
   */
  async put(slug: string, body: PutPathwayDto, actorId: string): Promise<PathwayDto> {
    const parsed = parsePathwayRequirements(body.requirements, 'requirements');
    if (!parsed.ok) throw new RequestValidationException(parsed.violations);
    const root = parsed.value;
    await this.checkReferences(root, body.certificate.slug);
    const issuer = await this.prisma.badgeIssuer.findUnique({ where: { slug: body.certificate.issuer }, select: { id: true } });
    if (!issuer) throw new RequestValidationException([{ field: 'certificate.issuer', rule: 'exists', message: `no issuer has the slug ${body.certificate.issuer}` }]);
    const outboxId = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.pathway.findUnique({ where: { slug }, select: { achievementId: true, requirements: true, deadline: true } });
      const certificate = await tx.achievement.findUnique({ where: { slug: body.certificate.slug }, select: { id: true, rule: true, pathway: { select: { slug: true } } } });
      if (certificate && (certificate.rule !== 'PATHWAY_COMPLETED' || (certificate.pathway && certificate.pathway.slug !== slug))) {
        throw new DomainError(409, 'conflict', `Achievement ${body.certificate.slug} already exists and is not this pathway's certificate`);
      }
      if (existing && certificate && existing.achievementId !== certificate.id) {
        throw new DomainError(409, 'conflict', `Pathway ${slug} already issues another certificate; its certificate slug cannot change`);
      }
      const achievementData = {
        issuerId: issuer.id,
        name: body.certificate.name,
        description: body.certificate.description,
        criteriaNarrative: body.certificate.criteriaNarrative,
        achievementType: body.certificate.achievementType,
        rule: 'PATHWAY_COMPLETED' as const,
      };
      const achievement = await tx.achievement.upsert({
        where: { slug: body.certificate.slug },
        create: { slug: body.certificate.slug, tags: ['pathway'], ...achievementData },
        update: achievementData,
        select: { id: true },
      });
      const pathwayData = {
        title: body.title,
        description: body.description,
        requirements: root as unknown as Prisma.InputJsonObject,
        deadline: body.deadline ? new Date(body.deadline) : null,
        revocationPolicy: body.revocationPolicy ?? 'REVOKE',
      };
      const saved = await tx.pathway.upsert({ where: { slug }, create: { slug, achievementId: achievement.id, ...pathwayData }, update: pathwayData, select: { id: true, updatedAt: true } });
      await tx.auditEntry.create({ data: { actorId, action: existing ? 'pathway.update' : 'pathway.create', subjectType: 'Pathway', subjectId: slug, details: { certificate: body.certificate.slug } } });
      // Learners who already meet the (new) requirements get the certificate from the worker.
      // Both sides as the parser builds them (fixed key order), since jsonb keeps its own.
      const rulesChanged = !existing || JSON.stringify(storedRequirements(existing.requirements)) !== JSON.stringify(root) || existing.deadline?.getTime() !== pathwayData.deadline?.getTime();
      return rulesChanged ? enqueueOutboxEvent(tx, { name: JobName.PathwayChanged, data: { pathwayId: saved.id, pathwaySlug: slug, version: saved.updatedAt.getTime() } }) : null;
    });
    await this.outbox.publish(outboxId ? [outboxId] : []);
    return this.get(slug);
  }

  /** Every item must name something that exists, and a pathway may not require its own certificate. */
  private async checkReferences(root: PathwayGroupRequirement, certificateSlug: string): Promise<void> {
    const info = await describeItems(this.prisma, pathwayItems(root));
    const violations: { field: string; rule: string; message: string }[] = [];
    const walk = (node: PathwayRequirement, path: string) => {
      if (node.kind === 'group') {
        node.items.forEach((child, index) => walk(child, `${path}.items[${index}]`));
        return;
      }
      if (node.kind === 'achievement' && node.slug === certificateSlug) violations.push({ field: `${path}.slug`, rule: 'notSelf', message: 'a pathway cannot require its own certificate' });
      else if (!info.has(`${node.kind}:${node.slug}`)) violations.push({ field: `${path}.slug`, rule: 'exists', message: `no ${node.kind} has the slug ${node.slug}` });
    };
    walk(root, 'requirements');
    if (violations.length > 0) throw new RequestValidationException(violations);
  }

  private async describe(rows: PathwayRow[]): Promise<PathwayDto[]> {
    const trees = rows.map((row) => storedRequirements(row.requirements));
    const info = await describeItems(this.prisma, trees.flatMap((tree) => (tree ? pathwayItems(tree) : [])));
    const achievementIds = new Set<string>(rows.map((row) => row.achievementId));
    for (const entry of info.values()) entry.achievementIds.forEach((id) => achievementIds.add(id));
    const alignments = await this.prisma.achievementCompetency.findMany({
      where: { achievementId: { in: [...achievementIds] }, competency: { retiredAt: null } },
      select: { achievementId: true, competency: { select: { slug: true } } },
    });
    return rows.map((row, index) => {
      const tree = trees[index];
      const built = new Set([row.achievementId, ...(tree ? pathwayItems(tree).flatMap((item) => info.get(`${item.kind}:${item.slug}`)?.achievementIds ?? []) : [])]);
      return {
        slug: row.slug,
        title: row.title,
        description: row.description,
        deadline: iso(row.deadline),
        revocationPolicy: row.revocationPolicy,
        certificate: {
          slug: row.achievement.slug,
          name: row.achievement.name,
          achievementType: row.achievement.achievementType,
          description: row.achievement.description,
          criteriaNarrative: row.achievement.criteriaNarrative,
          achievementUrl: this.issuance.urls.achievement(row.achievement.id),
        },
        requirements: tree ? this.plainNode(tree, info) : this.plainNode({ kind: 'group', rule: 'ALL_OF', items: [] }, info),
        competencies: [...new Set(alignments.filter((entry) => built.has(entry.achievementId)).map((entry) => entry.competency.slug))].sort(),
      };
    });
  }

  private plainNode(node: PathwayRequirement, info: Map<string, ItemInfo>): PathwayNodeDto {
    if (node.kind === 'group') {
      return { kind: 'group', slug: null, title: node.title ?? null, rule: node.rule, required: node.rule === 'ALL_OF' ? node.items.length : node.rule === 'ONE_OF' ? 1 : (node.k ?? 1), ordered: node.ordered === true, startsAt: null, availableUntil: null, state: null, doneAt: null, met: null, items: node.items.map((child) => this.plainNode(child, info)) };
    }
    const item = info.get(`${node.kind}:${node.slug}`);
    return { kind: node.kind, slug: node.slug, title: item?.title ?? node.slug, rule: null, required: null, ordered: null, startsAt: iso(item?.startsAt ?? null), availableUntil: iso(item?.availableUntil ?? null), state: null, doneAt: null, met: null, items: [] };
  }

  private progressNode(node: PathwayGroupProgress | PathwayItemProgress, info: Map<string, ItemInfo>): PathwayNodeDto {
    if (node.kind === 'group') {
      return { kind: 'group', slug: null, title: node.title, rule: node.rule, required: node.required, ordered: node.ordered, startsAt: null, availableUntil: null, state: node.state, doneAt: iso(node.satisfiedAt), met: node.met, items: node.items.map((child) => this.progressNode(child, info)) };
    }
    const item = info.get(`${node.kind}:${node.slug}`);
    return { kind: node.kind, slug: node.slug, title: item?.title ?? node.slug, rule: null, required: null, ordered: null, startsAt: iso(item?.startsAt ?? null), availableUntil: iso(item?.availableUntil ?? null), state: node.state, doneAt: iso(node.doneAt), met: null, items: [] };
  }
}

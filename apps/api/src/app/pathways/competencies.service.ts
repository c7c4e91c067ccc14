import { Inject, Injectable } from '@nestjs/common';
import { BadgeIssuance, COMPETENCY_FRAMEWORK, COMPETENCY_TARGET_TYPE, loadPathwayFacts, storedRequirements } from '@stacks/badge-issuance';
import { Prisma, PrismaService } from '@stacks/db';
import { competencyGrowth, evaluatePathway, type LearningOpportunity, pathwayItems, recommendForWeakestCompetencies } from '@stacks/learning-domain';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { notFound } from '../problem/domain-error.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';
import type { CompetencyDto, PutAchievementCompetenciesDto, PutCompetencyDto, RecommendationsDto, SelfAssessmentDto, SelfAssessmentInputDto } from './dto/competencies.dto.js';
import { describeItems } from './pathways.service.js';

const COMPETENCY_SELECT = {
  slug: true,
  name: true,
  statement: true,
  category: true,
  retiredAt: true,
  achievements: { select: { achievement: { select: { slug: true, name: true } } }, orderBy: { achievement: { slug: 'asc' } } },
} satisfies Prisma.CompetencySelect;
type CompetencyRow = Prisma.CompetencyGetPayload<{ select: typeof COMPETENCY_SELECT }>;

/** Competency statements (public, admin-edited), a learner's private self-assessment, and what it recommends. */
@Injectable()
export class CompetenciesService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
  ) {}

  async list(): Promise<CompetencyDto[]> {
    const rows = await this.prisma.competency.findMany({ select: COMPETENCY_SELECT, orderBy: [{ category: 'asc' }, { slug: 'asc' }] });
    return rows.map((row) => this.toDto(row));
  }

  async get(slug: string): Promise<CompetencyDto> {
    const row = await this.prisma.competency.findUnique({ where: { slug }, select: COMPETENCY_SELECT });
    if (!row) throw notFound('Competency', slug);
    return this.toDto(row);
  }

  async put(slug: string, body: PutCompetencyDto, actorId: string): Promise<CompetencyDto> {
    const existing = await this.prisma.competency.findUnique({ where: { slug }, select: { retiredAt: true } });
    const retiredAt = body.retired === undefined ? (existing?.retiredAt ?? null) : body.retired ? (existing?.retiredAt ?? new Date()) : null;
    const data = { name: body.name, statement: body.statement, category: body.category ?? null, retiredAt };
    await this.prisma.$transaction([
      this.prisma.competency.upsert({ where: { slug }, create: { slug, ...data }, update: data }),
      this.prisma.auditEntry.create({ data: { actorId, action: existing ? 'competency.update' : 'competency.create', subjectType: 'Competency', subjectId: slug, details: { retired: retiredAt !== null } } }),
    ]);
    return this.get(slug);
  }

  /** Replaces what an achievement aligns to; credentials issued from then on carry the alignment. */
  async alignAchievement(idOrSlug: string, body: PutAchievementCompetenciesDto, actorId: string): Promise<CompetencyDto[]> {
    const where = whereIdOrSlug(idOrSlug);
    const achievement = where ? await this.prisma.achievement.findUnique({ where, select: { id: true, slug: true } }) : null;
    if (!achievement) throw notFound('Achievement', idOrSlug);
    const slugs = [...new Set(body.competencies)];
    const competencies = await this.prisma.competency.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    const missing = slugs.filter((slug) => !competencies.some((row) => row.slug === slug));
    if (missing.length > 0) {
      throw new RequestValidationException(missing.map((slug) => ({ field: `competencies[${body.competencies.indexOf(slug)}]`, rule: 'exists', message: `no competency has the slug ${slug}` })));
    }
    await this.prisma.$transaction([
      this.prisma.achievementCompetency.deleteMany({ where: { achievementId: achievement.id } }),
      this.prisma.achievementCompetency.createMany({ data: competencies.map((row) => ({ achievementId: achievement.id, competencyId: row.id })) }),
      this.prisma.auditEntry.create({ data: { actorId, action: 'achievement.align', subjectType: 'Achievement', subjectId: achievement.id, details: { competencies: slugs } } }),
    ]);
    const rows = await this.prisma.competency.findMany({ where: { slug: { in: slugs } }, select: COMPETENCY_SELECT, orderBy: { slug: 'asc' } });
    return rows.map((row) => this.toDto(row));
  }

  /**
   * Adds one self-rating (history is kept, never overwritten). With an Idempotency-Key a retried
   * request adds nothing and answers the first one's result.
   */
  async rate(userId: string, body: SelfAssessmentInputDto, idempotencyKey: string | undefined): Promise<SelfAssessmentDto> {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw new RequestValidationException([{ field: 'idempotency-key', rule: 'length', message: 'Idempotency-Key must be 1-200 visible ASCII characters' }]);
    }
    const competency = await this.prisma.competency.findUnique({ where: { slug: body.competency }, select: { id: true, retiredAt: true } });
    if (!competency || competency.retiredAt) {
      throw new RequestValidationException([{ field: 'competency', rule: 'exists', message: `no current competency has the slug ${body.competency}` }]);
    }
    try {
      await this.prisma.selfAssessment.create({ data: { userId, competencyId: competency.id, rating: body.rating, note: body.note ?? null, idempotencyKey: idempotencyKey ?? null } });
    } catch (error) {
      // The same Idempotency-Key again: the first request's rating stands.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
    return this.mine(userId);
  }

  /** My self-assessment: per current competency, the latest and first rating and every rating since. */
  async mine(userId: string): Promise<SelfAssessmentDto> {
    const [competencies, ratings] = await Promise.all([
      this.prisma.competency.findMany({ where: { retiredAt: null }, select: { slug: true, name: true }, orderBy: [{ category: 'asc' }, { slug: 'asc' }] }),
      this.prisma.selfAssessment.findMany({ where: { userId }, select: { rating: true, note: true, assessedAt: true, competency: { select: { slug: true } } }, orderBy: { assessedAt: 'asc' } }),
    ]);
    const growth = new Map(competencyGrowth(ratings.map((row) => ({ competency: row.competency.slug, rating: row.rating, assessedAt: row.assessedAt }))).map((entry) => [entry.competency, entry]));
    return {
      private: true,
      competencies: competencies.map((competency) => {
        const entry = growth.get(competency.slug);
        const notes = ratings.filter((row) => row.competency.slug === competency.slug);
        return {
          competency: competency.slug,
          name: competency.name,
          latest: entry?.latest ?? null,
          first: entry?.first ?? null,
          change: entry?.change ?? 0,
          history: notes.map((row) => ({ rating: row.rating, assessedAt: row.assessedAt.toISOString(), note: row.note })),
        };
      }),
    };
  }

  /** Sessions and pathways that build my weakest competencies (by my latest ratings), none I have done. */
  async recommendations(userId: string, now = new Date()): Promise<RecommendationsDto> {
    const ratings = await this.prisma.selfAssessment.findMany({ where: { userId, competency: { retiredAt: null } }, select: { rating: true, assessedAt: true, competency: { select: { slug: true, name: true } } } });
    const names = new Map(ratings.map((row) => [row.competency.slug, row.competency.name]));
    const alignments = await this.prisma.achievementCompetency.findMany({ where: { competency: { retiredAt: null } }, select: { achievementId: true, competency: { select: { slug: true } } } });
    const buildsOf = (achievementIds: Iterable<string>) => {
      const ids = new Set(achievementIds);
      return [...new Set(alignments.filter((row) => ids.has(row.achievementId)).map((row) => row.competency.slug))];
    };
    // Sessions build what the badges of their series and program align to.
    const sessions = await this.prisma.session.findMany({
      where: { OR: [{ series: { achievements: { some: { competencies: { some: {} } } } } }, { program: { achievements: { some: { competencies: { some: {} } } } } }] },
      select: {
        slug: true,
        title: true,
        status: true,
        recordingAvailableUntil: true,
        startsAt: true,
        recordingUrl: true,
        series: { select: { achievements: { select: { id: true } } } },
        program: { select: { achievements: { select: { id: true } } } },
        completions: { where: { userId }, select: { id: true } },
      },
      take: 500,
    });
    const opportunities: LearningOpportunity[] = sessions.map((session) => ({
      kind: 'session',
      slug: session.slug,
      title: session.title,
      builds: buildsOf([...(session.series?.achievements ?? []), ...session.program.achievements].map((a) => a.id)),
      done: session.completions.length > 0,
      available: session.status === 'SCHEDULED' && (session.recordingAvailableUntil === null || session.recordingAvailableUntil > now),
    }));
    const pathways = await this.prisma.pathway.findMany({ select: { slug: true, title: true, requirements: true, deadline: true, achievementId: true } });
    for (const pathway of pathways) {
      const root = storedRequirements(pathway.requirements);
      if (!root) continue;
      const info = await describeItems(this.prisma, pathwayItems(root));
      const progress = evaluatePathway(root, await loadPathwayFacts(this.prisma, userId, root, now), { deadline: pathway.deadline, now });
      opportunities.push({
        kind: 'pathway',
        slug: pathway.slug,
        title: pathway.title,
        builds: buildsOf([pathway.achievementId, ...[...info.values()].flatMap((entry) => entry.achievementIds)]),
        done: progress.status === 'completed',
        available: progress.status !== 'closed',
      });
    }
    const result = recommendForWeakestCompetencies(
      ratings.map((row) => ({ competency: row.competency.slug, rating: row.rating, assessedAt: row.assessedAt })),
      opportunities,
    );
    return { weakest: result.weakest.map((entry) => ({ ...entry, name: names.get(entry.competency) ?? entry.competency })), recommendations: result.recommendations };
  }

  private toDto(row: CompetencyRow): CompetencyDto {
    return {
      id: this.issuance.urls.competency(row.slug),
      type: COMPETENCY_TARGET_TYPE,
      slug: row.slug,
      name: row.name,
      statement: row.statement,
      category: row.category,
      framework: COMPETENCY_FRAMEWORK,
      retired: row.retiredAt !== null,
      achievements: row.achievements.map((entry) => entry.achievement),
    };
  }
}

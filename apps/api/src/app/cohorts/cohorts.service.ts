import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { type Cohort, type CohortApplication, type CohortTeamMember, enqueueOutboxEvent, Prisma, PrismaService, selectedTeamOf } from '@stacks/db';
import { checkApplication, decideApplication } from '@stacks/learning-domain';
import { JobName } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type {
  AdminCohortProgressDto,
  CohortApplicationDto,
  CohortDecisionDto,
  CohortDto,
  CohortProgressDto,
  CohortSessionDto,
  CreateCohortApplicationDto,
  CreateCohortDto,
  PutCohortBadgeDto,
  TeamProgressDto,
} from './dto/cohort.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COHORT_INCLUDE = {
  program: { select: { slug: true } },
  badge: { select: { slug: true, name: true, description: true, criteriaNarrative: true, issuer: { select: { slug: true } } } },
} as const;
type CohortRow = Cohort & {
  program: { slug: string };
  badge: { slug: string; name: string; description: string; criteriaNarrative: string; issuer: { slug: string } } | null;
};
type ApplicationRow = CohortApplication & { members: CohortTeamMember[]; cohort: { slug: string; title: string } };
const APPLICATION_INCLUDE = { members: { orderBy: { email: 'asc' } }, cohort: { select: { slug: true, title: true } } } as const;

/**
 * Cohort programs: library teams apply, staff select at most `capacity` of them, and selected
 * teams get sessions only they may enrol in and a progress view of their own.
 */
@Injectable()
export class CohortsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<CohortDto[]> {
    const rows = await this.prisma.cohort.findMany({ include: COHORT_INCLUDE, orderBy: [{ createdAt: 'desc' }], take: 200 });
    return rows.map((row) => toCohort(row));
  }

  async one(idOrSlug: string): Promise<CohortDto> {
    return toCohort(await this.find(idOrSlug));
  }

  async create(adminId: string, body: CreateCohortDto): Promise<CohortDto> {
    const program = await this.prisma.program.findUnique({ where: { slug: body.program }, select: { id: true } });
    if (!program) throw new DomainError(400, 'validation', `program ${body.program} does not exist`, [{ field: 'program', rule: 'exists', message: 'no program has this slug' }]);
    try {
      const created = await this.prisma.$transaction(async (tx) => {
        const row = await tx.cohort.create({
          data: {
            slug: body.slug,
            programId: program.id,
            title: body.title.trim(),
            description: body.description?.trim() ?? '',
            capacity: body.capacity,
            questions: body.questions.map((question) => question.trim()),
            applicationsCloseAt: body.applicationsCloseAt ? new Date(body.applicationsCloseAt) : null,
          },
          include: COHORT_INCLUDE,
        });
        await tx.auditEntry.create({ data: { actorId: adminId, action: 'cohort.create', subjectType: 'Cohort', subjectId: row.id, details: { slug: row.slug, capacity: row.capacity } } });
        return row;
      });
      return toCohort(created);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError(409, 'conflict', `a cohort with slug ${body.slug} already exists`, [{ field: 'slug', rule: 'unique', message: 'slug is taken' }]);
      }
      throw error;
    }
  }

  /**
   * Creates or updates the cohort's badge (an achievement with rule COHORT_COMPLETED). Nothing is
   * signed here: the worker issues it as members complete the cohort, and — through the
   * cohort-badge-changed job written with the link — to members who already have.
   */
  async putBadge(adminId: string, cohortIdOrSlug: string, body: PutCohortBadgeDto): Promise<CohortDto> {
    const cohort = await this.find(cohortIdOrSlug);
    const issuer = await this.prisma.badgeIssuer.findUnique({ where: { slug: body.issuer }, select: { id: true } });
    if (!issuer) throw new DomainError(400, 'validation', `no issuer has the slug ${body.issuer}`, [{ field: 'issuer', rule: 'exists', message: `no issuer has the slug ${body.issuer}` }]);
    if (cohort.badge && cohort.badge.slug !== body.slug) {
      throw new DomainError(409, 'conflict', `${cohort.title} already has the badge ${cohort.badge.slug}; its slug cannot change`, [{ field: 'slug', rule: 'unchanged', message: `the cohort's badge is ${cohort.badge.slug}` }]);
    }
    const outboxId = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.achievement.findUnique({ where: { slug: body.slug }, select: { id: true, cohortId: true } });
      if (existing && existing.cohortId !== cohort.id) {
        throw new DomainError(409, 'conflict', `achievement ${body.slug} already exists and is not this cohort's badge`, [{ field: 'slug', rule: 'unique', message: 'another achievement has this slug' }]);
      }
      const data = { issuerId: issuer.id, name: body.name.trim(), description: body.description.trim(), criteriaNarrative: body.criteriaNarrative.trim() };
      const saved = existing
        ? await tx.achievement.update({ where: { id: existing.id }, data, select: { id: true, createdAt: true } })
        : await tx.achievement.create({ data: { ...data, slug: body.slug, rule: 'COHORT_COMPLETED', cohortId: cohort.id, tags: ['cohort'] }, select: { id: true, createdAt: true } });
      await tx.auditEntry.create({ data: { actorId: adminId, action: existing ? 'cohort.badge-update' : 'cohort.badge-link', subjectType: 'Cohort', subjectId: cohort.id, details: { badge: body.slug } } });
      // Only the link changes who qualifies: members who already completed the cohort get it from the worker.
      return existing ? null : enqueueOutboxEvent(tx, { name: JobName.CohortBadgeChanged, data: { cohortId: cohort.id, cohortSlug: cohort.slug, achievementId: saved.id, version: saved.createdAt.getTime() } });
    });
    await this.outbox.publish(outboxId ? [outboxId] : []);
    return this.one(cohort.id);
  }

  /** Restricts a session to the cohort's selected teams (idempotent). */
  async attachSession(adminId: string, cohortIdOrSlug: string, sessionIdOrSlug: string): Promise<{ session: string; cohort: string }> {
    const cohort = await this.find(cohortIdOrSlug);
    const where = whereIdOrSlug(sessionIdOrSlug);
    const session = where ? await this.prisma.session.findFirst({ where, select: { id: true, slug: true, cohortId: true } }) : null;
    if (!session) throw notFound('Session', sessionIdOrSlug);
    if (session.cohortId !== cohort.id) {
      await this.prisma.$transaction([
        this.prisma.session.update({ where: { id: session.id }, data: { cohortId: cohort.id } }),
        this.prisma.auditEntry.create({ data: { actorId: adminId, action: 'cohort.attach-session', subjectType: 'Cohort', subjectId: cohort.id, details: { session: session.slug } } }),
      ]);
    }
    return { session: session.slug, cohort: cohort.slug };
  }

  /** One application per account and cohort: applying again returns the first (created: false). */
  async apply(userId: string, cohortIdOrSlug: string, body: CreateCohortApplicationDto): Promise<{ created: boolean; application: CohortApplicationDto }> {
    const cohort = await this.find(cohortIdOrSlug);
    const existing = await this.prisma.cohortApplication.findUnique({ where: { cohortId_applicantId: { cohortId: cohort.id, applicantId: userId } }, include: APPLICATION_INCLUDE });
    if (existing) return { created: false, application: toApplication(existing) };
    if (!isOpen(cohort, new Date())) {
      throw new DomainError(409, 'conflict', `applications to ${cohort.title} are closed`, [{ field: 'cohort', rule: 'open', message: 'the application window has closed' }]);
    }
    const applicant = await this.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const problems = checkApplication(cohort.questions, body.answers, body.members, applicant.email);
    if (problems.length > 0) throw new DomainError(400, 'validation', 'the application is incomplete', problems);
    try {
      const created = await this.prisma.cohortApplication.create({
        data: {
          cohortId: cohort.id,
          applicantId: userId,
          libraryName: body.libraryName.trim(),
          city: body.city.trim(),
          state: body.state,
          answers: body.answers.map((answer) => answer.trim()),
          members: { create: body.members.map((member) => ({ name: member.name.trim(), email: member.email.trim().toLowerCase(), role: member.role?.trim() || null })) },
        },
        include: APPLICATION_INCLUDE,
      });
      return { created: true, application: toApplication(created) };
    } catch (error) {
      // Two concurrent first applications: the unique index keeps one; the other gets it back.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const first = await this.prisma.cohortApplication.findUniqueOrThrow({ where: { cohortId_applicantId: { cohortId: cohort.id, applicantId: userId } }, include: APPLICATION_INCLUDE });
        return { created: false, application: toApplication(first) };
      }
      throw error;
    }
  }

  async mine(userId: string): Promise<CohortApplicationDto[]> {
    const rows = await this.prisma.cohortApplication.findMany({ where: { applicantId: userId }, include: APPLICATION_INCLUDE, orderBy: { createdAt: 'desc' }, take: 100 });
    return rows.map(toApplication);
  }

  /** An application is visible to its applicant only; anyone else's is "not found". */
  async mineOne(userId: string, id: string): Promise<CohortApplicationDto> {
    const row = UUID.test(id) ? await this.prisma.cohortApplication.findFirst({ where: { id, applicantId: userId }, include: APPLICATION_INCLUDE }) : null;
    if (!row) throw notFound('Cohort application', id);
    return toApplication(row);
  }

  async applications(cohortIdOrSlug: string, status?: CohortApplication['status']): Promise<CohortApplicationDto[]> {
    const cohort = await this.find(cohortIdOrSlug);
    const rows = await this.prisma.cohortApplication.findMany({
      where: { cohortId: cohort.id, ...(status ? { status } : {}) },
      include: APPLICATION_INCLUDE,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 1000,
    });
    return rows.map(toApplication);
  }

  /**
   * Select or decline a team. A selection takes a seat by a conditional increment of the cohort's
   * selectedCount (WHERE selectedCount < capacity): concurrent selections queue on the cohort row
   * and the one that finds it full gets 409, so the cohort is never over-selected.
   */
  async decide(adminId: string, applicationId: string, body: CohortDecisionDto): Promise<CohortApplicationDto> {
    if (!UUID.test(applicationId)) throw notFound('Cohort application', applicationId);
    const reason = body.reason?.trim() || null;
    const { row, outboxId } = await this.prisma.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CohortApplication" WHERE id = ${applicationId}::uuid FOR UPDATE`;
      if (!locked) throw notFound('Cohort application', applicationId);
      const current = await tx.cohortApplication.findUniqueOrThrow({ where: { id: applicationId }, include: APPLICATION_INCLUDE });
      const outcome = decideApplication(current.status, body.decision);
      if (outcome.kind !== 'apply') return { row: current, outboxId: null };
      if (outcome.seatDelta === 1) {
        const taken = await tx.$executeRaw`UPDATE "Cohort" SET "selectedCount" = "selectedCount" + 1, "updatedAt" = now() WHERE id = ${current.cohortId}::uuid AND "selectedCount" < capacity`;
        if (taken === 0) {
          throw new DomainError(409, 'cohort-full', `${current.cohort.title} has selected as many teams as it takes`, [{ field: 'decision', rule: 'capacity', message: 'every seat in the cohort is taken' }]);
        }
      } else if (outcome.seatDelta === -1) {
        await tx.$executeRaw`UPDATE "Cohort" SET "selectedCount" = "selectedCount" - 1, "updatedAt" = now() WHERE id = ${current.cohortId}::uuid`;
      }
      const now = new Date();
      const updated = await tx.cohortApplication.update({
        where: { id: applicationId },
        data: { status: outcome.next, decisionReason: reason, decidedById: adminId, decidedAt: now, decisionCount: { increment: 1 } },
        include: APPLICATION_INCLUDE,
      });
      await tx.auditEntry.create({ data: { actorId: adminId, action: `cohort.${body.decision}`, subjectType: 'CohortApplication', subjectId: applicationId, details: { reason } } });
      const outboxId = await enqueueOutboxEvent(tx, {
        name: JobName.DecisionNotice,
        data: {
          userId: current.applicantId,
          subject: 'cohort-application',
          subjectId: applicationId,
          decisionNumber: updated.decisionCount,
          decision: outcome.next === 'SELECTED' ? 'selected' : 'declined',
          title: current.cohort.title,
          note: reason,
          url: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/cohorts/${current.cohort.slug}`,
          decidedAt: now.toISOString(),
        },
      });
      return { row: updated, outboxId };
    });
    await this.outbox.publish(outboxId ? [outboxId] : []);
    return toApplication(row);
  }

  /** The team's view: the cohort's sessions and which of them each member has completed. */
  async progress(userId: string, cohortIdOrSlug: string): Promise<CohortProgressDto> {
    const cohort = await this.find(cohortIdOrSlug);
    const teamId = await selectedTeamOf(this.prisma, cohort.id, userId);
    if (!teamId) {
      throw new DomainError(403, 'forbidden', `only members of a team selected for ${cohort.title} see its progress`, [{ field: 'cohort', rule: 'selectedTeamMember', message: 'you are not on a selected team' }]);
    }
    const { sessions, teams } = await this.teamsProgress(cohort.id, { id: teamId });
    const [team] = teams;
    return { cohort: cohort.slug, cohortTitle: cohort.title, libraryName: team.libraryName, sessions, members: team.members };
  }

  /** Staff's view: every selected team of the cohort with each member's completed cohort sessions. */
  async adminProgress(cohortIdOrSlug: string): Promise<AdminCohortProgressDto> {
    const cohort = await this.find(cohortIdOrSlug);
    const { sessions, teams } = await this.teamsProgress(cohort.id, { status: 'SELECTED' });
    return { cohort: cohort.slug, cohortTitle: cohort.title, capacity: cohort.capacity, selectedCount: cohort.selectedCount, sessions, teams };
  }

  /** The cohort's sessions, and per team (applications matching `where`) which of them each member completed. */
  private async teamsProgress(cohortId: string, where: Prisma.CohortApplicationWhereInput): Promise<{ sessions: CohortSessionDto[]; teams: TeamProgressDto[] }> {
    const [applications, sessions] = await Promise.all([
      this.prisma.cohortApplication.findMany({ where: { ...where, cohortId }, include: { members: { orderBy: { email: 'asc' } } }, orderBy: [{ libraryName: 'asc' }, { id: 'asc' }], take: 1000 }),
      this.prisma.session.findMany({ where: { cohortId }, select: { id: true, slug: true, title: true, startsAt: true }, orderBy: [{ startsAt: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }] }),
    ]);
    const emails = applications.flatMap((application) => application.members.map((member) => member.email));
    const users = emails.length === 0 ? [] : await this.prisma.user.findMany({ where: { email: { in: emails, mode: 'insensitive' }, deletedAt: null }, select: { id: true, email: true } });
    const userByEmail = new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
    const completions =
      users.length === 0 || sessions.length === 0
        ? []
        : await this.prisma.sessionCompletion.findMany({ where: { userId: { in: users.map((user) => user.id) }, sessionId: { in: sessions.map((session) => session.id) } }, select: { userId: true, sessionId: true } });
    const slugById = new Map(sessions.map((session) => [session.id, session.slug]));
    return {
      sessions: sessions.map((session) => ({ slug: session.slug, title: session.title, startsAt: session.startsAt?.toISOString() ?? null })),
      teams: applications.map((application) => ({
        application: application.id,
        libraryName: application.libraryName,
        city: application.city,
        state: application.state,
        members: application.members.map((member) => {
          const memberUserId = userByEmail.get(member.email.toLowerCase());
          return {
            name: member.name,
            email: member.email,
            hasAccount: memberUserId !== undefined,
            completedSessions: completions.filter((completion) => completion.userId === memberUserId).map((completion) => slugById.get(completion.sessionId) ?? ''),
          };
        }),
      })),
    };
  }

  private async find(idOrSlug: string): Promise<CohortRow> {
    const where = whereIdOrSlug(idOrSlug);
    const row = where ? await this.prisma.cohort.findFirst({ where, include: COHORT_INCLUDE }) : null;
    if (!row) throw notFound('Cohort', idOrSlug);
    return row;
  }
}

const isOpen = (cohort: Cohort, now: Date) => cohort.selectedCount < cohort.capacity && (!cohort.applicationsCloseAt || cohort.applicationsCloseAt > now);

function toCohort(row: CohortRow): CohortDto {
  return {
    id: row.id,
    slug: row.slug,
    program: row.program.slug,
    title: row.title,
    description: row.description,
    capacity: row.capacity,
    selectedCount: row.selectedCount,
    questions: row.questions,
    applicationsCloseAt: row.applicationsCloseAt?.toISOString() ?? null,
    open: isOpen(row, new Date()),
    badge: row.badge ? { slug: row.badge.slug, name: row.badge.name, description: row.badge.description, criteriaNarrative: row.badge.criteriaNarrative, issuer: row.badge.issuer.slug } : null,
  };
}

function toApplication(row: ApplicationRow): CohortApplicationDto {
  return {
    id: row.id,
    cohort: row.cohort.slug,
    cohortTitle: row.cohort.title,
    libraryName: row.libraryName,
    city: row.city,
    state: row.state,
    answers: row.answers,
    members: row.members.map((member) => ({ name: member.name, email: member.email, role: member.role })),
    status: row.status,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

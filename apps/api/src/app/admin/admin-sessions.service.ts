import { Injectable } from '@nestjs/common';
import { isCalendarRevision } from '@stacks/calendar';
import { enqueueOutboxEvent, Prisma, PrismaService } from '@stacks/db';
import { JobName } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { SESSION_SUMMARY_INCLUDE, type SessionWithRefs, toSessionSummary } from '../catalogue/catalogue.mapper.js';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { lockSession } from '../common/session-lock.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type { AdminSessionDto, CreateSessionDto, UpdateSessionDto } from './dto/session-admin.dto.js';

const ADMIN_SESSION_INCLUDE = { ...SESSION_SUMMARY_INCLUDE, cohort: { select: { slug: true } } } as const;
type AdminSessionRow = SessionWithRefs & { cohort: { slug: string } | null };

@Injectable()
export class AdminSessionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
  ) {}

  async create(adminId: string, body: CreateSessionDto) {
    assertTimes(body.startsAt, body.endsAt);
    const program = await this.prisma.program.findUnique({ where: { slug: body.program }, select: { id: true } });
    if (!program) throw fieldError(404, 'program', 'exists', `program ${body.program} does not exist`);
    const series = body.series ? await this.prisma.series.findUnique({ where: { slug: body.series }, select: { id: true, programId: true } }) : null;
    if (body.series && !series) throw fieldError(404, 'series', 'exists', `series ${body.series} does not exist`);
    if (series && series.programId !== program.id) throw fieldError(422, 'series', 'sameProgram', 'series must belong to the program');
    const cohort = body.cohort ? await this.prisma.cohort.findUnique({ where: { slug: body.cohort }, select: { id: true, programId: true } }) : null;
    if (body.cohort && !cohort) throw fieldError(404, 'cohort', 'exists', `cohort ${body.cohort} does not exist`);
    if (cohort && cohort.programId !== program.id) throw fieldError(422, 'cohort', 'sameProgram', 'cohort must be of the session’s program');
    const { program: _program, series: _series, cohort: _cohort, ...fields } = body;
    try {
      const { session, outboxIds } = await this.prisma.$transaction(async (tx) => {
        const created = await tx.session.create({
          data: { ...fields, programId: program.id, seriesId: series?.id ?? null, cohortId: cohort?.id ?? null },
          include: ADMIN_SESSION_INCLUDE,
        });
        await tx.auditEntry.create({
          data: { actorId: adminId, action: 'session.create', subjectType: 'Session', subjectId: created.id, details: { slug: created.slug, ...(body.cohort ? { cohort: body.cohort } : {}) } },
        });
        return { session: created, outboxIds: [await enqueueDiscordEventSync(tx, created)] };
      });
      await this.outbox.publish(outboxIds);
      return toAdminSession(session);
    } catch (error) {
      throw uniqueViolation(error, body.slug);
    }
  }

  async get(idOrSlug: string): Promise<AdminSessionDto> {
    const where = whereIdOrSlug(idOrSlug);
    const session = where ? await this.prisma.session.findFirst({ where, include: ADMIN_SESSION_INCLUDE }) : null;
    if (!session) throw notFound('Session', idOrSlug);
    return toAdminSession(session);
  }

  async update(adminId: string, idOrSlug: string, body: UpdateSessionDto) {
    const outboxIds: string[] = [];
    const session = await this.prisma.$transaction(async (tx) => {
      const current = await lockSession(tx, idOrSlug);
      assertTimes(body.startsAt ?? current.startsAt ?? undefined, body.endsAt ?? current.endsAt ?? undefined);
      const { series: seriesSlug, ...fields } = body;
      let seriesId: string | null | undefined;
      if (seriesSlug !== undefined) {
        const series = await tx.series.findUnique({ where: { slug: seriesSlug }, select: { id: true, programId: true } });
        if (!series) throw fieldError(404, 'series', 'exists', `series ${seriesSlug} does not exist`);
        if (series.programId !== current.programId) throw fieldError(422, 'series', 'sameProgram', 'series must belong to the session’s program');
        seriesId = series.id;
      }
      let updated = await tx.session.update({
        where: { id: current.id },
        data: { ...fields, ...(seriesId !== undefined ? { seriesId } : {}) },
        include: ADMIN_SESSION_INCLUDE,
      });
      if (isCalendarRevision(current, updated)) {
        updated = await tx.session.update({ where: { id: current.id }, data: { calendarSequence: { increment: 1 } }, include: ADMIN_SESSION_INCLUDE });
      }
      await tx.auditEntry.create({
        data: {
          actorId: adminId,
          action: body.startsAt && current.startsAt?.getTime() !== body.startsAt.getTime() ? 'session.reschedule' : 'session.update',
          subjectType: 'Session',
          subjectId: current.id,
          details: JSON.parse(JSON.stringify(body)) as Prisma.InputJsonObject,
        },
      });
      if (current.startsAt?.getTime() !== updated.startsAt?.getTime() || current.status !== updated.status) {
        outboxIds.push(await enqueueOutboxEvent(tx, { name: JobName.PlanSessionReminders, data: { sessionId: current.id, reason: 'rescheduled' } }));
      }
      outboxIds.push(await enqueueDiscordEventSync(tx, updated));
      return updated;
    }).catch((error: unknown) => {
      throw uniqueViolation(error, idOrSlug);
    });
    await this.outbox.publish(outboxIds);
    return toAdminSession(session);
  }

  /** Idempotent: cancelling a cancelled session changes nothing. */
  async cancel(adminId: string, idOrSlug: string) {
    const outboxIds: string[] = [];
    const session = await this.prisma.$transaction(async (tx) => {
      const current = await lockSession(tx, idOrSlug);
      if (current.status === 'CANCELLED') return tx.session.findUniqueOrThrow({ where: { id: current.id }, include: ADMIN_SESSION_INCLUDE });
      await tx.auditEntry.create({
        data: { actorId: adminId, action: 'session.cancel', subjectType: 'Session', subjectId: current.id, details: {} },
      });
      outboxIds.push(await enqueueOutboxEvent(tx, { name: JobName.PlanSessionReminders, data: { sessionId: current.id, reason: 'session-cancelled' } }));
      const cancelled = await tx.session.update({ where: { id: current.id }, data: { status: 'CANCELLED', calendarSequence: { increment: 1 } }, include: ADMIN_SESSION_INCLUDE });
      outboxIds.push(await enqueueDiscordEventSync(tx, cancelled));
      return cancelled;
    });
    await this.outbox.publish(outboxIds);
    return toAdminSession(session);
  }
}

/** The session's Discord scheduled event follows every change (a no-op in the worker when publishing is off). */
function enqueueDiscordEventSync(tx: Prisma.TransactionClient, session: { id: string; updatedAt: Date }): Promise<string> {
  return enqueueOutboxEvent(tx, { name: JobName.SyncDiscordEvent, data: { sessionId: session.id, version: session.updatedAt.getTime() } });
}

function toAdminSession(session: AdminSessionRow): AdminSessionDto {
  return { ...toSessionSummary(session, new Date()), zoomMeetingId: session.zoomMeetingId, cohort: session.cohort?.slug ?? null };
}

/** A unique index refused the write: which field, in the admin's terms. Anything else is passed on. */
function uniqueViolation(error: unknown, slug: string): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return error;
  const target = JSON.stringify(error.meta ?? {});
  if (target.includes('position')) return fieldError(409, 'position', 'unique', 'another session already has this position in the series');
  if (target.includes('zoomMeetingId')) return fieldError(409, 'zoomMeetingId', 'unique', 'another session already uses this Zoom webinar or meeting id');
  return fieldError(409, 'slug', 'unique', `a session with slug ${slug} already exists`);
}

function assertTimes(startsAt: Date | undefined, endsAt: Date | undefined): void {
  if (endsAt && !startsAt) throw fieldError(400, 'startsAt', 'required', 'startsAt is required when endsAt is given');
  if (startsAt && endsAt && endsAt <= startsAt) throw fieldError(400, 'endsAt', 'afterStartsAt', 'endsAt must be after startsAt');
}

function fieldError(status: 400 | 404 | 409 | 422, field: string, rule: string, message: string): DomainError {
  return new DomainError(status, status === 404 ? 'not-found' : status === 409 ? 'conflict' : 'validation', message, [{ field, rule, message }]);
}

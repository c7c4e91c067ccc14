import { Injectable } from '@nestjs/common';
import { placeEnrolment, promotionsAfterChange } from '@stacks/learning-domain';
import { type Enrolment, EnrolmentStatus, enqueueOutboxEvent, type Prisma, PrismaService } from '@stacks/db';
import { IntegrationEventType, integrationEventPayload, JobName } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { SESSION_SUMMARY_INCLUDE, toSessionSummary } from '../catalogue/catalogue.mapper.js';
import { selectedTeamOf } from '../cohorts/cohort-membership.js';
import { lockSession } from '../common/session-lock.js';
import { DomainError } from '../problem/domain-error.js';
import type { EnrolmentDto } from './dto/enrolment.dto.js';

const ACTIVE: EnrolmentStatus[] = [EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED];

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** Enrols, or waitlists when full. Repeating the request returns the same enrolment. */
  async enrol(userId: string, sessionIdOrSlug: string): Promise<{ created: boolean; enrolment: EnrolmentDto }> {
    const { enrolment, created, outboxIds } = await this.prisma.$transaction(async (tx) => {
      const session = await lockSession(tx, sessionIdOrSlug);
      const now = new Date();
      if (session.status === 'CANCELLED') throw new DomainError(409, 'session-cancelled', 'This session has been cancelled');
      if (session.endsAt && session.endsAt <= now) {
        throw new DomainError(409, 'session-ended', 'This session has already taken place; watch the recording instead');
      }
      if (session.cohortId && !(await selectedTeamOf(tx, session.cohortId, userId))) {
        throw new DomainError(403, 'cohort-only', "This session is for the cohort's selected teams only", [
          { field: 'session', rule: 'selectedTeamMember', message: 'only members of a selected team may enrol' },
        ]);
      }
      const existing = await tx.enrolment.findUnique({ where: { userId_sessionId: { userId, sessionId: session.id } } });
      if (existing && ACTIVE.includes(existing.status)) return { enrolment: existing, created: false, outboxIds: [] };

      const enrolled = await tx.enrolment.count({ where: { sessionId: session.id, status: EnrolmentStatus.ENROLLED } });
      const status = placeEnrolment(session.capacity, enrolled);
      const data = { status, waitlistedAt: status === EnrolmentStatus.WAITLISTED ? now : null };
      const enrolment = existing
        ? await tx.enrolment.update({ where: { id: existing.id }, data })
        : await tx.enrolment.create({ data: { userId, sessionId: session.id, ...data } });
      const outboxIds = [
        await enqueueOutboxEvent(tx, { name: JobName.PlanSessionReminders, data: { sessionId: session.id, userId, reason: 'enrolled' } }),
        await enqueueOutboxEvent(tx, {
          name: JobName.IntegrationEvent,
          data: integrationEventPayload(IntegrationEventType.EnrolmentCreated, `${enrolment.id}:${enrolment.updatedAt.getTime()}`, enrolment.updatedAt, {
            enrolmentId: enrolment.id,
            userId,
            sessionId: session.id,
            status: enrolment.status,
          }),
        }),
      ];
      return { enrolment, created: true, outboxIds };
    });
    await this.outbox.publish(outboxIds);
    return { created, enrolment: await this.describe(enrolment) };
  }

  /** Cancels my enrolment; a freed seat goes to the earliest waitlisted learner. Idempotent. */
  async cancel(userId: string, sessionIdOrSlug: string): Promise<void> {
    const outboxIds = await this.prisma.$transaction(async (tx) => {
      const session = await lockSession(tx, sessionIdOrSlug);
      const existing = await tx.enrolment.findUnique({ where: { userId_sessionId: { userId, sessionId: session.id } } });
      if (!existing) throw new DomainError(404, 'not-enrolled', 'You are not enrolled in this session');
      if (existing.status === EnrolmentStatus.CANCELLED) return [];
      const cancelled = await tx.enrolment.update({ where: { id: existing.id }, data: { status: EnrolmentStatus.CANCELLED } });
      const promoted = existing.status === EnrolmentStatus.ENROLLED ? await this.promoteWaitlisted(tx, session.id, session.capacity) : [];
      return [
        // The whole session is re-planned when someone was promoted from the waitlist.
        await enqueueOutboxEvent(tx, { name: JobName.PlanSessionReminders, data: { sessionId: session.id, userId: promoted.length > 0 ? undefined : userId, reason: 'enrolment-cancelled' } }),
        await enqueueOutboxEvent(tx, {
          name: JobName.IntegrationEvent,
          data: integrationEventPayload(IntegrationEventType.EnrolmentCancelled, `${cancelled.id}:${cancelled.updatedAt.getTime()}`, cancelled.updatedAt, {
            enrolmentId: cancelled.id,
            userId,
            sessionId: session.id,
            previousStatus: existing.status,
          }),
        }),
      ];
    });
    await this.outbox.publish(outboxIds);
  }

  async promoteWaitlisted(tx: Prisma.TransactionClient, sessionId: string, capacity: number | null): Promise<string[]> {
    const [enrolled, waitlist] = await Promise.all([
      tx.enrolment.count({ where: { sessionId, status: EnrolmentStatus.ENROLLED } }),
      tx.enrolment.findMany({
        where: { sessionId, status: EnrolmentStatus.WAITLISTED },
        select: { id: true, waitlistedAt: true },
        orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
      }),
    ]);
    const promote = promotionsAfterChange(
      capacity,
      enrolled,
      waitlist.map((entry) => ({ enrolmentId: entry.id, waitlistedAt: entry.waitlistedAt ?? new Date(0) })),
    );
    if (promote.length > 0) {
      await tx.enrolment.updateMany({ where: { id: { in: promote } }, data: { status: EnrolmentStatus.ENROLLED } });
    }
    return promote;
  }

  async mine(userId: string): Promise<EnrolmentDto[]> {
    const enrolments = await this.prisma.enrolment.findMany({
      where: { userId, status: { in: ACTIVE } },
      orderBy: { createdAt: 'desc' },
      take: 500,
    });
    return Promise.all(enrolments.map((enrolment) => this.describe(enrolment)));
  }

  private async describe(enrolment: Enrolment): Promise<EnrolmentDto> {
    const session = await this.prisma.session.findUniqueOrThrow({ where: { id: enrolment.sessionId }, include: SESSION_SUMMARY_INCLUDE });
    const waitlistPosition =
      enrolment.status === EnrolmentStatus.WAITLISTED && enrolment.waitlistedAt
        ? (await this.prisma.enrolment.count({
            where: { sessionId: enrolment.sessionId, status: EnrolmentStatus.WAITLISTED, waitlistedAt: { lt: enrolment.waitlistedAt } },
          })) + 1
        : null;
    return {
      id: enrolment.id,
      status: enrolment.status,
      waitlistPosition,
      createdAt: enrolment.createdAt,
      session: toSessionSummary(session, new Date()),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { ACTIVE_ENROLMENT, cancelEnrolment, type EnrolRefusal, type Enrolment, EnrolmentStatus, enrolInSession, PrismaService } from '@stacks/db';
import { OutboxPublisher } from '@stacks/queues';
import { SESSION_SUMMARY_INCLUDE, toSessionSummary } from '../catalogue/catalogue.mapper.js';
import { sessionWhere } from '../common/session-lock.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type { EnrolmentDto } from './dto/enrolment.dto.js';

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** Enrols, or waitlists when full. Repeating the request returns the same enrolment. */
  async enrol(userId: string, sessionIdOrSlug: string): Promise<{ created: boolean; enrolment: EnrolmentDto }> {
    const result = await enrolInSession(this.prisma, userId, sessionWhere(sessionIdOrSlug));
    if (!result.ok) throw enrolRefused(result.refusal, sessionIdOrSlug);
    await this.outbox.publish(result.outboxIds);
    return { created: result.created, enrolment: await this.describe(result.enrolment) };
  }

  /** Cancels my enrolment; a freed seat goes to the earliest waitlisted learner. Idempotent. */
  async cancel(userId: string, sessionIdOrSlug: string): Promise<void> {
    const result = await cancelEnrolment(this.prisma, userId, sessionWhere(sessionIdOrSlug));
    if (!result.ok) {
      throw result.refusal === 'not-enrolled' ? new DomainError(404, 'not-enrolled', 'You are not enrolled in this session') : notFound('Session', sessionIdOrSlug);
    }
    await this.outbox.publish(result.outboxIds);
  }

  async mine(userId: string): Promise<EnrolmentDto[]> {
    const enrolments = await this.prisma.enrolment.findMany({
      where: { userId, status: { in: ACTIVE_ENROLMENT } },
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

function enrolRefused(refusal: EnrolRefusal, sessionIdOrSlug: string): DomainError {
  switch (refusal) {
    case 'session-not-found':
      return notFound('Session', sessionIdOrSlug);
    case 'session-cancelled':
      return new DomainError(409, 'session-cancelled', 'This session has been cancelled');
    case 'session-ended':
      return new DomainError(409, 'session-ended', 'This session has already taken place; watch the recording instead');
    case 'cohort-only':
      return new DomainError(403, 'cohort-only', "This session is for the cohort's selected teams only", [
        { field: 'session', rule: 'selectedTeamMember', message: 'only members of a selected team may enrol' },
      ]);
  }
}

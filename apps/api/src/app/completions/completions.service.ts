import { Injectable } from '@nestjs/common';
import { CompletionSource, Prisma, PrismaService } from '@stacks/db';
import { isRecordingAvailable } from '@stacks/learning-domain';
import { sqlIdOrSlug, whereIdOrSlug } from '../common/id-or-slug.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import { COMPLETABLE_SESSION_COLUMNS, type CompletableSession, type CompletionOutcome, CompletionRecorder } from './completion-recorder.service.js';
import type { AdminMarkCompletionDto, CompletionEventResultDto, RecordCompletionEventDto } from './dto/completion-event.dto.js';

@Injectable()
export class CompletionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly recorder: CompletionRecorder,
  ) {}

  async recordMine(userId: string, body: RecordCompletionEventDto, idempotencyKey: string | undefined) {
    const session = await this.findSession(body.session);
    const now = new Date();
    if (session.status === 'CANCELLED') throw new DomainError(409, 'session-cancelled', 'This session has been cancelled');
    if (body.source === CompletionSource.RECORDING_VIEWED) {
      if (!isRecordingAvailable(session, now)) throw new DomainError(409, 'recording-unavailable', 'This session has no recording available to watch now');
    } else if (!session.startsAt || session.startsAt > now) {
      throw new DomainError(409, 'session-not-started', 'Live attendance can only be recorded once the session has started');
    }
    const outcome = await this.recorder.record({
      userId,
      session,
      source: body.source,
      viewedPercent: body.viewedPercent ?? null,
      minutesAttended: body.minutesAttended ?? null,
      occurredAt: body.occurredAt ?? now,
      idempotencyKey: idempotencyKey ?? null,
      selfReported: body.source === CompletionSource.RECORDING_VIEWED,
    });
    return this.toResult(session, outcome);
  }

  async adminMark(adminId: string, body: AdminMarkCompletionDto) {
    const session = await this.findSession(body.session);
    const learner = await this.prisma.user.findUnique({ where: { id: body.userId }, select: { id: true } });
    if (!learner) throw notFound('User', body.userId);
    const outcome = await this.recorder.record({
      userId: learner.id,
      session,
      source: CompletionSource.ADMIN_MARK,
      occurredAt: body.occurredAt ?? new Date(),
      recordedById: adminId,
    });
    if (!outcome.duplicate) {
      await this.prisma.auditEntry.create({
        data: {
          actorId: adminId,
          action: 'completion.admin-mark',
          subjectType: 'User',
          subjectId: learner.id,
          details: { sessionId: session.id, eventId: outcome.event.id },
        },
      });
    }
    return this.toResult(session, outcome);
  }

  async findSession(idOrSlug: string): Promise<CompletableSession> {
    const where = whereIdOrSlug(idOrSlug);
    // Straight to the driver, just the columns needed: this lookup runs on every completion event.
    const [session] = where
      ? await this.prisma.sql<CompletableSession>(Prisma.sql`
          SELECT ${COMPLETABLE_SESSION_COLUMNS}
          FROM "Session" s
          WHERE ${sqlIdOrSlug(where, 's')}
          LIMIT 1`)
      : [];
    if (!session) throw new DomainError(404, 'not-found', `Session ${idOrSlug} does not exist`, [
      { field: 'session', rule: 'exists', message: 'session must name an existing session' },
    ]);
    return session;
  }

  private toResult(session: CompletableSession, outcome: CompletionOutcome): CompletionEventResultDto & { created: boolean } {
    return {
      created: !outcome.duplicate,
      eventId: outcome.event.id,
      session: session.slug,
      source: outcome.event.source,
      viewedPercent: outcome.event.viewedPercent,
      minutesAttended: outcome.event.minutesAttended,
      duplicate: outcome.duplicate,
      sessionCompleted: outcome.sessionCompleted,
      unlocked: outcome.unlocked.map((unlock) => ({ series: unlock.seriesSlug, unlockTitle: unlock.unlockTitle })),
    };
  }
}

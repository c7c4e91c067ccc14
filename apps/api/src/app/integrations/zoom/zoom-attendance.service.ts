import { Injectable } from '@nestjs/common';
import { CompletionSource, Prisma, PrismaService } from '@stacks/db';
import { attendedMinutes, MAX_ATTENDED_MINUTES } from '@stacks/learning-domain';
import { OutboxPublisher } from '@stacks/queues';
import { COMPLETABLE_SESSION_COLUMNS, type CompletableSession, CompletionRecorder } from '../../completions/completion-recorder.service.js';
import type { ZoomEvent } from './zoom-event.js';

type ParticipantEvent = Extract<ZoomEvent, { kind: 'participant' }>;

/** What one participant event did; `minutes` is the participant's total for the session so far. */
export interface ZoomAttendanceResult {
  outcome: 'unknown-meeting' | 'session-cancelled' | 'stored' | 'no-email' | 'no-account' | 'below-threshold' | 'credited' | 'already-completed' | 'held';
  minutes: number;
}

/** Seed of the per-session advisory lock taken while a participant's stays are updated. */
const ZOOM_SESSION_LOCK_SEED = 2611;

/**
 * Turns Zoom's participant_joined/left webhooks into live attendance. Each event fills one stay
 * (keyed by meeting instance and Zoom's per-join participant id), so repeats and any delivery order
 * leave the same rows; the participant's minutes are the union of their stays (overlaps once), and
 * the completion goes through the CompletionRecorder, which creates it at most once.
 */
@Injectable()
export class ZoomAttendanceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly recorder: CompletionRecorder,
    private readonly outbox: OutboxPublisher,
  ) {}

  async apply(event: ParticipantEvent): Promise<ZoomAttendanceResult> {
    const [session] = await this.prisma.sql<CompletableSession>(Prisma.sql`
      SELECT ${COMPLETABLE_SESSION_COLUMNS} FROM "Session" WHERE "zoomMeetingId" = ${event.meetingId} LIMIT 1`);
    if (!session) return { outcome: 'unknown-meeting', minutes: 0 };
    const { result, outboxIds } = await this.prisma.$transaction((tx) => this.applyInTransaction(tx, session, event), { timeout: 15_000 });
    await this.outbox.publish(outboxIds);
    return result;
  }

  private async applyInTransaction(
    tx: Prisma.TransactionClient,
    session: CompletableSession,
    event: ParticipantEvent,
  ): Promise<{ result: ZoomAttendanceResult; outboxIds: string[] }> {
    // One session's events are applied one after the other: the total read below then always
    // includes every stay written before it, whatever order Zoom delivered them in.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${session.id}, ${ZOOM_SESSION_LOCK_SEED}::bigint))`;
    const joinedAt = event.action === 'joined' ? event.at : null;
    const leftAt = event.action === 'left' ? event.at : null;
    // LEAST/GREATEST skip NULLs: a leave arriving before its join keeps its time, and a repeat changes nothing.
    const [stay] = await tx.$queryRaw<{ email: string }[]>`
      INSERT INTO "ZoomParticipantInterval" (id, "sessionId", email, "stayKey", "joinedAt", "leftAt", "createdAt", "updatedAt")
      VALUES (gen_random_uuid(), ${session.id}::uuid, ${event.email}, ${event.stayKey}, ${joinedAt}::timestamptz, ${leftAt}::timestamptz, now(), now())
      ON CONFLICT ("sessionId", "stayKey") DO UPDATE SET
        email = COALESCE(NULLIF("ZoomParticipantInterval".email, ''), EXCLUDED.email),
        "joinedAt" = LEAST("ZoomParticipantInterval"."joinedAt", EXCLUDED."joinedAt"),
        "leftAt" = GREATEST("ZoomParticipantInterval"."leftAt", EXCLUDED."leftAt"),
        "updatedAt" = now()
      RETURNING email`;
    const email = stay?.email ?? '';
    if (!email) return { result: { outcome: 'no-email', minutes: 0 }, outboxIds: [] };
    const stays = await tx.zoomParticipantInterval.findMany({
      where: { sessionId: session.id, email, joinedAt: { not: null } },
      select: { joinedAt: true, leftAt: true },
    });
    const minutes = Math.min(MAX_ATTENDED_MINUTES, attendedMinutes(stays.map((row) => ({ joinedAt: row.joinedAt as Date, leftAt: row.leftAt }))));
    if (session.status === 'CANCELLED') return { result: { outcome: 'session-cancelled', minutes }, outboxIds: [] };
    if (minutes === 0) return { result: { outcome: 'stored', minutes }, outboxIds: [] };
    const learner = await tx.user.findUnique({ where: { email }, select: { id: true } });
    // Kept in ZoomParticipantInterval: credited when someone registers and verifies this address (PendingAttendanceService.claim).
    if (!learner) return { result: { outcome: 'no-account', minutes }, outboxIds: [] };
    const firstJoin = stays.reduce<Date>((earliest, row) => (row.joinedAt && row.joinedAt < earliest ? row.joinedAt : earliest), event.at);
    const outcome = await this.recorder.recordInTransaction(tx, {
      userId: learner.id,
      session,
      source: CompletionSource.ZOOM_WEBHOOK,
      minutesAttended: minutes,
      occurredAt: firstJoin,
    });
    const result: ZoomAttendanceResult['outcome'] = outcome.held
      ? 'held'
      : outcome.newlyCompleted
        ? 'credited'
        : outcome.sessionCompleted
          ? 'already-completed'
          : 'below-threshold';
    return { result: { outcome: result, minutes }, outboxIds: outcome.outboxIds };
  }
}

import { Injectable } from '@nestjs/common';
import { CompletionSource, Prisma, PrismaService } from '@stacks/db';
import { attendedMinutes, MAX_ATTENDED_MINUTES } from '@stacks/learning-domain';
import { OutboxPublisher } from '@stacks/queues';
import { CompletionRecorder } from './completion-recorder.service.js';

/** Seed of the one advisory lock that orders pending-attendance writes against claims. */
const PENDING_LOCK_SEED = 1985;

export interface PendingAttendanceInput {
  email: string;
  name: string | null;
  minutesAttended: number;
  firstJoinedAt: Date | null;
}

/**
 * Imported attendance of e-mail addresses no account uses yet. Kept per session and address
 * (re-imports keep the higher minutes), and credited through the completion recorder, then
 * deleted, when someone proves they own that address.
 */
@Injectable()
export class PendingAttendanceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly recorder: CompletionRecorder,
    private readonly outbox: OutboxPublisher,
  ) {}

  /**
   * Taken by an import before it writes pending rows (and before any learner lock) and by a claim
   * before it reads them: a claim then sees every pending row committed before it, and an import
   * that started after a claim sees the claimant's verified account. Always taken first, so the
   * order against the per-learner locks is the same everywhere.
   */
  async lock(tx: Prisma.TransactionClient): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PENDING_LOCK_SEED}::bigint)`;
  }

  /** Inserts or raises pending rows in one statement; returns how many were new or raised. */
  async upsert(tx: Prisma.TransactionClient, sessionId: string, importId: string, source: string, rows: PendingAttendanceInput[]): Promise<number> {
    if (rows.length === 0) return 0;
    const changed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "PendingAttendance" (id, "sessionId", email, name, "minutesAttended", "firstJoinedAt", "importId", source, "createdAt", "updatedAt")
      SELECT gen_random_uuid(), ${sessionId}::uuid, r.email, r.name, r.minutes, r.joined, ${importId}::uuid, ${source}, now(), now()
      FROM unnest(${rows.map((row) => row.email)}::text[], ${rows.map((row) => row.name)}::text[],
                  ${rows.map((row) => row.minutesAttended)}::int[], ${rows.map((row) => row.firstJoinedAt)}::timestamptz[])
           AS r(email, name, minutes, joined)
      ON CONFLICT ("sessionId", email) DO UPDATE SET
        "minutesAttended" = EXCLUDED."minutesAttended",
        "firstJoinedAt" = LEAST("PendingAttendance"."firstJoinedAt", EXCLUDED."firstJoinedAt"),
        name = COALESCE("PendingAttendance".name, EXCLUDED.name),
        "importId" = EXCLUDED."importId",
        source = EXCLUDED.source,
        "updatedAt" = now()
      WHERE EXCLUDED."minutesAttended" > "PendingAttendance"."minutesAttended"
      RETURNING id`;
    return changed.length;
  }

  /**
   * Credits the pending attendance of the account's verified address, exactly once: the rows are
   * deleted in the transaction that records their completion events, so a repeated or concurrent
   * claim finds nothing. Returns the sessions newly completed.
   */
  async claim(userId: string): Promise<number> {
    const outboxIds: string[] = [];
    let newlyCompleted = 0;
    await this.prisma.$transaction(
      async (tx) => {
        await this.lock(tx);
        const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true, deletedAt: true } });
        if (!user || !user.emailVerifiedAt || user.deletedAt) return;
        const claimed = await tx.$queryRaw<{ sessionId: string; minutesAttended: number; firstJoinedAt: Date | null; importId: string | null; createdAt: Date }[]>`
          DELETE FROM "PendingAttendance" WHERE email = ${user.email.toLowerCase()}
          RETURNING "sessionId", "minutesAttended", "firstJoinedAt", "importId", "createdAt"`;
        // Zoom webhook stays of the address, kept while no account used it (never deleted here:
        // they are the session's attendance record; erasure removes them).
        const stays = await tx.zoomParticipantInterval.findMany({
          where: { email: user.email.toLowerCase(), joinedAt: { not: null } },
          select: { sessionId: true, joinedAt: true, leftAt: true },
        });
        if (claimed.length === 0 && stays.length === 0) return;
        const sessions = new Map(
          (await tx.session.findMany({ where: { id: { in: [...claimed.map((row) => row.sessionId), ...stays.map((stay) => stay.sessionId)] } } })).map((session) => [
            session.id,
            session,
          ]),
        );
        for (const row of claimed) {
          const session = sessions.get(row.sessionId);
          if (!session || session.status === 'CANCELLED') continue;
          const outcome = await this.recorder.recordInTransaction(tx, {
            userId,
            session,
            source: CompletionSource.ATTENDANCE_IMPORT,
            minutesAttended: row.minutesAttended,
            occurredAt: row.firstJoinedAt ?? session.startsAt ?? row.createdAt,
            importId: row.importId,
          });
          if (outcome.newlyCompleted) newlyCompleted += 1;
          outboxIds.push(...outcome.outboxIds);
        }
        const staysBySession = new Map<string, { joinedAt: Date; leftAt: Date | null }[]>();
        for (const stay of stays) {
          const intervals = staysBySession.get(stay.sessionId) ?? [];
          intervals.push({ joinedAt: stay.joinedAt as Date, leftAt: stay.leftAt });
          staysBySession.set(stay.sessionId, intervals);
        }
        for (const [sessionId, intervals] of staysBySession) {
          const session = sessions.get(sessionId);
          if (!session || session.status === 'CANCELLED') continue;
          const outcome = await this.recorder.recordInTransaction(tx, {
            userId,
            session,
            source: CompletionSource.ZOOM_WEBHOOK,
            minutesAttended: Math.min(MAX_ATTENDED_MINUTES, attendedMinutes(intervals)),
            occurredAt: intervals.reduce((earliest, stay) => (stay.joinedAt < earliest ? stay.joinedAt : earliest), intervals[0]?.joinedAt as Date),
          });
          if (outcome.newlyCompleted) newlyCompleted += 1;
          outboxIds.push(...outcome.outboxIds);
        }
      },
      { timeout: 30_000 },
    );
    await this.outbox.publish(outboxIds);
    return newlyCompleted;
  }
}

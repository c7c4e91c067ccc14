import { Injectable } from '@nestjs/common';
import { CompletionSource, Prisma, PrismaService } from '@stacks/db';
import { creditHeartbeat, isRecordingAvailable, parseStoredSegments, watchedPercent } from '@stacks/learning-domain';
import { OutboxPublisher } from '@stacks/queues';
import { DomainError } from '../problem/domain-error.js';
import { type CompletableSession, CompletionRecorder } from './completion-recorder.service.js';
import { CompletionsService } from './completions.service.js';
import type { RecordingHeartbeatDto, RecordingHeartbeatResultDto } from './dto/recording-heartbeat.dto.js';

/**
 * Watched time from the web player's heartbeats. Each heartbeat reports the segment played since
 * the previous one; the server credits no more of it than the time that passed between the two
 * on the database's clock, counts re-watched seconds once, and records RECORDING_VIEWED progress
 * (measured, never self-reported) through the CompletionRecorder.
 */
@Injectable()
export class RecordingHeartbeatsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly completions: CompletionsService,
    private readonly recorder: CompletionRecorder,
    private readonly outbox: OutboxPublisher,
  ) {}

  async heartbeat(userId: string, idOrSlug: string, body: RecordingHeartbeatDto): Promise<RecordingHeartbeatResultDto> {
    const session = await this.completions.findSession(idOrSlug);
    if (session.status === 'CANCELLED') throw new DomainError(409, 'session-cancelled', 'This session has been cancelled');
    if (!isRecordingAvailable(session, new Date())) throw new DomainError(409, 'recording-unavailable', 'This session has no recording available to watch now');
    const recordingMinutes = session.recordingMinutes;
    if (!recordingMinutes) {
      throw new DomainError(409, 'recording-length-unknown', 'This recording has no length set, so watched time cannot be measured', [
        { field: 'session', rule: 'recordingMinutes', message: 'an admin sets recordingMinutes on the session first' },
      ]);
    }
    const { result, outboxIds } = await this.prisma.$transaction((tx) => this.apply(tx, userId, session, recordingMinutes * 60, body), { timeout: 15_000 });
    await this.outbox.publish(outboxIds);
    return result;
  }

  private async apply(tx: Prisma.TransactionClient, userId: string, session: CompletableSession, recordingSeconds: number, body: RecordingHeartbeatDto) {
    // The first heartbeat creates the row (and starts the clock); every later one waits for the
    // row lock, so two tabs never both credit the same wall-clock time.
    await tx.$executeRaw`
      INSERT INTO "RecordingPlayback" ("userId", "sessionId", "lastHeartbeatAt", "lastPosition", "updatedAt")
      VALUES (${userId}::uuid, ${session.id}::uuid, NULL, ${body.fromSecond}, now())
      ON CONFLICT DO NOTHING`;
    const [playback] = await tx.$queryRaw<{ segments: unknown; lastHeartbeatAt: Date | null; now: Date }[]>`
      SELECT segments, "lastHeartbeatAt", clock_timestamp() AS now
      FROM "RecordingPlayback" WHERE "userId" = ${userId}::uuid AND "sessionId" = ${session.id}::uuid
      FOR UPDATE`;
    const state = { segments: parseStoredSegments(playback.segments), lastHeartbeatAt: playback.lastHeartbeatAt };
    const credit = creditHeartbeat(state, { fromSecond: body.fromSecond, toSecond: body.toSecond, receivedAt: playback.now }, recordingSeconds);
    await tx.$executeRaw`
      UPDATE "RecordingPlayback"
      SET segments = ${JSON.stringify(credit.segments)}::jsonb, "watchedSeconds" = ${credit.watchedSeconds},
          "lastHeartbeatAt" = ${playback.now}, "lastPosition" = ${body.toSecond}, "updatedAt" = now()
      WHERE "userId" = ${userId}::uuid AND "sessionId" = ${session.id}::uuid`;
    const percent = watchedPercent(credit.watchedSeconds, recordingSeconds);
    let sessionCompleted = false;
    let outboxIds: string[] = [];
    if (credit.newSeconds > 0) {
      const outcome = await this.recorder.recordInTransaction(tx, {
        userId,
        session,
        source: CompletionSource.RECORDING_VIEWED,
        viewedPercent: percent,
        occurredAt: playback.now,
      });
      sessionCompleted = outcome.sessionCompleted;
      outboxIds = outcome.outboxIds;
    } else {
      sessionCompleted = (await tx.sessionCompletion.count({ where: { userId, sessionId: session.id } })) > 0;
    }
    const result: RecordingHeartbeatResultDto = {
      session: session.slug,
      credited: credit.credited ? [...credit.credited] : null,
      limitedBy: credit.limitedBy,
      watchedSeconds: credit.watchedSeconds,
      watchedPercent: percent,
      sessionCompleted,
    };
    return { result, outboxIds };
  }
}

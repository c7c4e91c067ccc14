import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { CompletionSource, enqueueOutboxEvent, type Prisma, PrismaService, type Session } from '@stacks/db';
import { ATTENDANCE_FORMAT_NAMES, type AttendanceRow, qualifies } from '@stacks/learning-domain';
import { IntegrationEventType, integrationEventPayload, JobName } from '@stacks/queue-contracts';
import { OutboxPublisher } from '@stacks/queues';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { CompletionRecorder } from '../completions/completion-recorder.service.js';
import { PendingAttendanceService } from '../completions/pending-attendance.service.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import { readAttendanceFile } from './attendance-file.reader.js';
import type { AttendanceImportQueryDto, AttendanceImportReportDto } from './dto/attendance-import.dto.js';

interface ResolvedRow extends AttendanceRow {
  userId: string;
}

/** Outbox jobs an import publishes before answering; more are published after the response. */
const INLINE_PUBLISH_LIMIT = 500;

/** Pending attendees listed in a report; the count covers them all. */
const PENDING_LISTED = 1000;

/**
 * Imports a webinar platform's attendance export as downloaded (Zoom, Teams, Webex, GoToWebinar
 * or our own CSV). Every attendee row is validated and reported; valid rows are applied in one
 * transaction (or none, with `atomic`). Addresses without an account are kept as pending
 * attendance. Re-importing the same file changes nothing: attendance is one event per learner
 * and session (and one pending row per address and session), merged by maximum.
 */
@Injectable()
export class AttendanceImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly recorder: CompletionRecorder,
    private readonly pending: PendingAttendanceService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(adminId: string, sessionIdOrSlug: string, file: Buffer, options: AttendanceImportQueryDto): Promise<AttendanceImportReportDto> {
    const session = await this.findSession(sessionIdOrSlug);
    const parsed = await readAttendanceFile(file, {
      timeZone: options.timeZone,
      maxRows: this.config.ATTENDANCE_IMPORT_MAX_ROWS,
      timeoutMs: this.config.ATTENDANCE_IMPORT_PARSE_TIMEOUT_MS,
    });
    if (parsed.format === null) {
      throw new DomainError(422, 'unknown-attendance-layout', parsed.errors[0].message, parsed.errors);
    }
    const tooMany = parsed.errors.find((error) => error.rule === 'maxRows');
    if (tooMany) throw new DomainError(413, 'too-many-rows', tooMany.message, [tooMany]);

    const { learners, pending } = await this.resolveLearners(this.prisma, parsed.rows);
    const errors = parsed.errors.sort((a, b) => a.line - b.line);
    const report: AttendanceImportReportDto = {
      format: parsed.format,
      formatName: ATTENDANCE_FORMAT_NAMES[parsed.format],
      section: parsed.section,
      encoding: parsed.encoding,
      importId: null,
      dryRun: options.dryRun,
      atomic: options.atomic,
      applied: false,
      totalRecords: parsed.totalRecords,
      absentRecords: parsed.absentRecords,
      staffRecords: parsed.staffRecords,
      validLearners: learners.length,
      errors,
      recorded: 0,
      unchanged: 0,
      newlyCompleted: 0,
      unlocked: 0,
      held: 0,
      pendingCount: pending.length,
      pending: pending.slice(0, PENDING_LISTED).map(({ line, email, name, minutesAttended }) => ({ line, email, name, minutesAttended })),
      pendingRecorded: 0,
    };
    if (options.dryRun) return this.preview(session, learners, pending, report);
    if (options.atomic && errors.length > 0) {
      throw new DomainError(422, 'import-has-errors', `${errors.length} row(s) are invalid; nothing was imported`, report.errors);
    }
    if (learners.length === 0 && pending.length === 0) return report;

    const outboxIds: string[] = [];
    await this.prisma.$transaction(
      async (tx) => {
        let rows = learners;
        let unknown = pending;
        if (unknown.length > 0) {
          // Before any learner lock (see PendingAttendanceService.lock); then an address verified
          // meanwhile is credited here rather than left pending.
          await this.pending.lock(tx);
          const late = await this.resolveLearners(tx, unknown);
          rows = [...learners, ...late.learners];
          unknown = late.pending;
        }
        const audit = await tx.attendanceImport.create({
          data: {
            sessionId: session.id,
            createdById: adminId,
            fileSha256: createHash('sha256').update(file).digest('hex'),
            rowCount: parsed.totalRecords,
            appliedCount: 0,
          },
        });
        // One set of statements for all learners; the recorder takes their locks in a stable order.
        const outcome = await this.recorder.recordImportedAttendance(
          tx,
          session,
          rows.map((row) => ({ userId: row.userId, minutesAttended: row.minutesAttended, occurredAt: row.firstJoinedAt ?? session.startsAt ?? new Date() })),
          { recordedById: adminId, importId: audit.id },
        );
        report.recorded = outcome.recorded;
        report.unchanged = outcome.unchanged;
        report.newlyCompleted = outcome.newlyCompleted;
        report.held = outcome.held;
        report.unlocked = outcome.unlocked;
        outboxIds.push(...outcome.outboxIds);
        report.pendingRecorded = await this.pending.upsert(tx, session.id, audit.id, parsed.format ?? 'stacks-csv', unknown);
        report.validLearners = rows.length;
        report.pendingCount = unknown.length;
        if (unknown.length !== pending.length) {
          const stillPending = new Set(unknown.map((row) => row.email));
          report.pending = report.pending.filter((row) => stillPending.has(row.email));
        }
        await tx.attendanceImport.update({ where: { id: audit.id }, data: { appliedCount: report.recorded + report.pendingRecorded } });
        outboxIds.push(
          await enqueueOutboxEvent(tx, {
            name: JobName.IntegrationEvent,
            data: integrationEventPayload(IntegrationEventType.AttendanceImported, audit.id, audit.createdAt, {
              importId: audit.id,
              sessionId: session.id,
              recorded: report.recorded,
              unchanged: report.unchanged,
              newlyCompleted: report.newlyCompleted,
            }),
          }),
        );
        await tx.auditEntry.create({
          data: {
            actorId: adminId,
            action: 'attendance.import',
            subjectType: 'Session',
            subjectId: session.id,
            details: {
              importId: audit.id,
              format: parsed.format,
              recorded: report.recorded,
              unchanged: report.unchanged,
              pending: report.pendingCount,
              errors: errors.length,
            },
          },
        });
        report.importId = audit.id;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    report.applied = true;
    // The outbox rows committed with the import; publishing them now only saves the worker's sweep
    // the wait. A large import's thousands of jobs go out after the response rather than before it.
    if (outboxIds.length <= INLINE_PUBLISH_LIMIT) await this.outbox.publish(outboxIds);
    else void this.outbox.publish(outboxIds);
    return report;
  }

  private async preview(
    session: Session,
    rows: ResolvedRow[],
    pending: AttendanceRow[],
    report: AttendanceImportReportDto,
  ): Promise<AttendanceImportReportDto> {
    const userIds = rows.map((row) => row.userId);
    const [existing, completed, pendingBefore] = await Promise.all([
      this.prisma.completionEvent.findMany({
        where: { sessionId: session.id, source: CompletionSource.ATTENDANCE_IMPORT, userId: { in: userIds } },
        select: { userId: true, minutesAttended: true },
      }),
      this.prisma.sessionCompletion.findMany({ where: { sessionId: session.id, userId: { in: userIds } }, select: { userId: true } }),
      this.prisma.pendingAttendance.findMany({
        where: { sessionId: session.id, email: { in: pending.map((row) => row.email) } },
        select: { email: true, minutesAttended: true },
      }),
    ]);
    const previousMinutes = new Map(existing.map((event) => [event.userId, event.minutesAttended]));
    const alreadyCompleted = new Set(completed.map((completion) => completion.userId));
    for (const row of rows) {
      const before = previousMinutes.get(row.userId);
      const unchanged = before !== undefined && (before ?? 0) >= row.minutesAttended;
      if (unchanged) report.unchanged += 1;
      else report.recorded += 1;
      const counts = qualifies({ source: 'ATTENDANCE_IMPORT', minutesAttended: row.minutesAttended }, this.recorder.policyFor(session));
      if (counts && !alreadyCompleted.has(row.userId)) report.newlyCompleted += 1;
    }
    const pendingMinutes = new Map(pendingBefore.map((row) => [row.email, row.minutesAttended]));
    report.pendingRecorded = pending.filter((row) => (pendingMinutes.get(row.email) ?? -1) < row.minutesAttended).length;
    return report;
  }

  /** Splits rows into those of an account (verified or not: the recorder holds the unverified) and pending ones. */
  private async resolveLearners(db: Prisma.TransactionClient, rows: AttendanceRow[]): Promise<{ learners: ResolvedRow[]; pending: AttendanceRow[] }> {
    if (rows.length === 0) return { learners: [], pending: [] };
    const users = await db.$queryRaw<{ id: string; email: string }[]>`
      SELECT id, lower(email) AS email FROM "User" WHERE email = ANY(${rows.map((row) => row.email)}::text[]) AND "deletedAt" IS NULL`;
    const byEmail = new Map(users.map((user) => [user.email, user.id]));
    const learners: ResolvedRow[] = [];
    const pending: AttendanceRow[] = [];
    for (const row of rows) {
      const userId = byEmail.get(row.email);
      if (userId) learners.push({ ...row, userId });
      else pending.push(row);
    }
    return { learners, pending };
  }

  private async findSession(idOrSlug: string): Promise<Session> {
    const where = whereIdOrSlug(idOrSlug);
    const session = where ? await this.prisma.session.findFirst({ where }) : null;
    if (!session) throw notFound('Session', idOrSlug);
    if (session.status === 'CANCELLED') throw new DomainError(409, 'session-cancelled', 'This session has been cancelled');
    return session;
  }
}

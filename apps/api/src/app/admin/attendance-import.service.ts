import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CompletionSource, enqueueOutboxEvent, PrismaService, type Session } from '@stacks/db';
import { IntegrationEventType, integrationEventPayload, JobName } from '@stacks/queue-contracts';
import { type AttendanceRow, parseAttendanceCsv, qualifies, type RowError } from '@stacks/learning-domain';
import { OutboxPublisher } from '@stacks/queues';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { CompletionRecorder } from '../completions/completion-recorder.service.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type { AttendanceImportQueryDto, AttendanceImportReportDto } from './dto/attendance-import.dto.js';

interface ResolvedRow extends AttendanceRow {
  userId: string;
}

/**
 * Imports a webinar platform's attendance export. Every row is validated and reported; valid
 * rows are applied in one transaction (or none, with `atomic`). Re-importing the same file
 * changes nothing, because attendance is one event per learner and session, merged by maximum.
 */
@Injectable()
export class AttendanceImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly recorder: CompletionRecorder,
    private readonly outbox: OutboxPublisher,
  ) {}

  async import(adminId: string, sessionIdOrSlug: string, csv: string, options: AttendanceImportQueryDto): Promise<AttendanceImportReportDto> {
    const session = await this.findSession(sessionIdOrSlug);
    const parsed = parseAttendanceCsv(csv, { timeZone: options.timeZone });
    const { rows, errors } = await this.resolveLearners(parsed.rows, parsed.errors);
    const report: AttendanceImportReportDto = {
      importId: null,
      dryRun: options.dryRun,
      atomic: options.atomic,
      applied: false,
      totalRecords: parsed.totalRecords,
      validLearners: rows.length,
      errors: errors.sort((a, b) => a.line - b.line),
      recorded: 0,
      unchanged: 0,
      newlyCompleted: 0,
      unlocked: 0,
      held: 0,
    };
    if (options.dryRun) return this.preview(session, rows, report);
    if (options.atomic && errors.length > 0) {
      throw new DomainError(422, 'import-has-errors', `${errors.length} row(s) are invalid; nothing was imported`, report.errors);
    }
    if (rows.length === 0) return report;

    const outboxIds: string[] = [];
    await this.prisma.$transaction(
      async (tx) => {
        const audit = await tx.attendanceImport.create({
          data: {
            sessionId: session.id,
            createdById: adminId,
            fileSha256: createHash('sha256').update(csv).digest('hex'),
            rowCount: parsed.totalRecords,
            appliedCount: 0,
          },
        });
        // A stable lock order (by learner) keeps two concurrent imports from deadlocking.
        for (const row of [...rows].sort((a, b) => a.userId.localeCompare(b.userId))) {
          const outcome = await this.recorder.recordInTransaction(tx, {
            userId: row.userId,
            session,
            source: CompletionSource.ATTENDANCE_IMPORT,
            minutesAttended: row.minutesAttended,
            occurredAt: row.firstJoinedAt ?? session.startsAt ?? new Date(),
            recordedById: adminId,
            importId: audit.id,
          });
          if (outcome.duplicate) report.unchanged += 1;
          else report.recorded += 1;
          if (outcome.newlyCompleted) report.newlyCompleted += 1;
          if (outcome.held) report.held += 1;
          report.unlocked += outcome.unlocked.length;
          outboxIds.push(...outcome.outboxIds);
        }
        await tx.attendanceImport.update({ where: { id: audit.id }, data: { appliedCount: report.recorded } });
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
            details: { importId: audit.id, recorded: report.recorded, unchanged: report.unchanged, errors: errors.length },
          },
        });
        report.importId = audit.id;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    report.applied = true;
    await this.outbox.publish(outboxIds);
    return report;
  }

  private async preview(session: Session, rows: ResolvedRow[], report: AttendanceImportReportDto): Promise<AttendanceImportReportDto> {
    const [existing, completed] = await Promise.all([
      this.prisma.completionEvent.findMany({
        where: { sessionId: session.id, source: CompletionSource.ATTENDANCE_IMPORT, userId: { in: rows.map((row) => row.userId) } },
        select: { userId: true, minutesAttended: true },
      }),
      this.prisma.sessionCompletion.findMany({
        where: { sessionId: session.id, userId: { in: rows.map((row) => row.userId) } },
        select: { userId: true },
      }),
    ]);
    const previousMinutes = new Map(existing.map((event) => [event.userId, event.minutesAttended]));
    const alreadyCompleted = new Set(completed.map((completion) => completion.userId));
    for (const row of rows) {
      const before = previousMinutes.get(row.userId);
      const unchanged = before !== undefined && (before ?? 0) >= row.minutesAttended;
      if (unchanged) report.unchanged += 1;
      else report.recorded += 1;
      const counts = qualifies({ source: 'ATTENDANCE_IMPORT', minutesAttended: row.minutesAttended }, this.recorder.policy);
      if (counts && !alreadyCompleted.has(row.userId)) report.newlyCompleted += 1;
    }
    return report;
  }

  private async resolveLearners(rows: AttendanceRow[], errors: RowError[]): Promise<{ rows: ResolvedRow[]; errors: RowError[] }> {
    const users = await this.prisma.user.findMany({
      where: { email: { in: rows.map((row) => row.email) } },
      select: { id: true, email: true },
    });
    const byEmail = new Map(users.map((user) => [user.email, user.id]));
    const resolved: ResolvedRow[] = [];
    const allErrors = [...errors];
    for (const row of rows) {
      const userId = byEmail.get(row.email);
      if (userId) resolved.push({ ...row, userId });
      else allErrors.push({ line: row.line, field: 'email', rule: 'knownLearner', message: `no learner account uses ${row.email}` });
    }
    return { rows: resolved, errors: allErrors };
  }

  private async findSession(idOrSlug: string): Promise<Session> {
    const where = whereIdOrSlug(idOrSlug);
    const session = where ? await this.prisma.session.findFirst({ where }) : null;
    if (!session) throw notFound('Session', idOrSlug);
    if (session.status === 'CANCELLED') throw new DomainError(409, 'session-cancelled', 'This session has been cancelled');
    return session;
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { CompletionSource, enqueueOutboxEvent, type Prisma, PrismaService } from '@stacks/db';
import { JobName } from '@stacks/queue-contracts';
import { composeEmailVerification } from '@stacks/notifications';
import { CompletionRecorder } from '../completions/completion-recorder.service.js';
import { PendingAttendanceService } from '../completions/pending-attendance.service.js';
import { OutboxPublisher } from '@stacks/queues';
import { DomainError } from '../problem/domain-error.js';
import { AccountMailer } from './account-mailer.js';
import { AccountTokens } from './account-tokens.js';

const HOUR_MS = 3_600_000;
/** Accounts whose interrupted release one start-up finishes (more wait for the next start or their sign-in). */
const SWEEP_BATCH = 500;

export interface ReleasedHolds {
  /** Imported attendance credited now that the address is proved. */
  attendanceCredited: number;
  /** True when this call handed the badges earned meanwhile to the worker, which signs them within seconds. */
  badgesReleaseQueued: boolean;
}

/** The one answer for a link that cannot be used, whatever the reason (no oracle for tokens). */
export const invalidLink = () =>
  new DomainError(400, 'invalid-link', 'This link is invalid, has expired or was already used; ask for a new one', [
    { field: 'token', rule: 'validLink', message: 'token is not a live link' },
  ]);

/**
 * Proves that a learner owns their e-mail address. Until then badges are not issued, imported
 * attendance is not credited and no reminder is e-mailed; verifying releases what was held.
 */
@Injectable()
export class EmailVerificationService implements OnApplicationBootstrap {
  private readonly logger = new Logger(EmailVerificationService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly mailer: AccountMailer,
    private readonly recorder: CompletionRecorder,
    private readonly pending: PendingAttendanceService,
    private readonly outbox: OutboxPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails a fresh link (voiding earlier ones) unless the address is already verified. */
  async send(userId: string): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: { email: true, displayName: true, emailVerifiedAt: true } });
    if (!user || user.emailVerifiedAt) return;
    const token = await AccountTokens.issue(this.prisma, {
      userId,
      purpose: 'EMAIL_VERIFICATION',
      email: user.email,
      ttlMs: this.config.EMAIL_VERIFICATION_TTL_HOURS * HOUR_MS,
    });
    const verifyUrl = new URL(`/verify-email#token=${token}`, this.config.PUBLIC_BASE_URL).toString();
    await this.mailer.send(
      { name: user.displayName, address: user.email },
      composeEmailVerification({ learnerName: user.displayName, verifyUrl, validHours: this.config.EMAIL_VERIFICATION_TTL_HOURS }),
    );
  }

  /** Redeems a link: the address is verified once and what was held is released. */
  async verify(token: string): Promise<ReleasedHolds> {
    const userId = await this.prisma.$transaction(async (tx) => {
      const redeemed = await AccountTokens.consume(tx, 'EMAIL_VERIFICATION', token);
      if (!redeemed) throw invalidLink();
      await this.markVerified(tx, redeemed.userId, redeemed.email);
      return redeemed.userId;
    });
    return this.releaseHeld(userId);
  }

  /**
   * Sets the address verified if it is still the account's. Under the learner lock, so an
   * attendance import running at the same moment either sees the account verified or has
   * committed its held rows before releaseHeld looks for them.
   */
  async markVerified(tx: Prisma.TransactionClient, userId: string, email: string): Promise<boolean> {
    await this.recorder.lockLearner(tx, userId);
    const updated = await tx.user.updateMany({ where: { id: userId, email, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date(), heldReleasedAt: null } });
    if (updated.count === 0) {
      const current = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (current?.email !== email) throw invalidLink(); // the address changed after this link was sent
    }
    return updated.count > 0;
  }

  /**
   * Credits pending and held attendance and issues held badges through the usual paths. Safe to repeat or run
   * concurrently (a retried request, a crash half-way): completions, unlocks, awards and outbox
   * rows are each unique, so what was held is released exactly once.
   */
  async releaseHeld(userId: string): Promise<ReleasedHolds> {
    // Attendance imported before this address had an account (or before it was this account's).
    let attendanceCredited = await this.pending.claim(userId);
    const heldEvents = await this.prisma.completionEvent.findMany({
      where: { userId, source: { in: [CompletionSource.ATTENDANCE_IMPORT, CompletionSource.ZOOM_WEBHOOK] }, session: { completions: { none: { userId } } } },
      include: { session: true },
      orderBy: { occurredAt: 'asc' },
    });
    for (const event of heldEvents) {
      const outcome = await this.recorder.record({
        userId,
        session: event.session,
        source: event.source,
        minutesAttended: event.minutesAttended,
        occurredAt: event.occurredAt,
        recordedById: event.recordedById,
        importId: event.importId,
      });
      if (outcome.newlyCompleted) attendanceCredited += 1;
    }
    // The marker and the worker's job commit together: exactly one release job per verification,
    // and a crash before this leaves the marker NULL for the sweep. The worker signs (the API never does).
    const outboxId = await this.prisma.$transaction(async (tx) => {
      const [user] = await tx.$queryRaw<{ emailVerifiedAt: Date }[]>`
        UPDATE "User" SET "heldReleasedAt" = now()
        WHERE id = ${userId}::uuid AND "emailVerifiedAt" IS NOT NULL AND "heldReleasedAt" IS NULL
        RETURNING "emailVerifiedAt"`;
      if (!user) return null;
      return enqueueOutboxEvent(tx, { name: JobName.ReleaseHeldBadges, data: { userId, verifiedAt: user.emailVerifiedAt.toISOString() } });
    });
    if (outboxId) await this.outbox.publish([outboxId]);
    return { attendanceCredited, badgesReleaseQueued: outboxId !== null };
  }

  /** Finishes releases that a crash interrupted: verified accounts whose marker is still NULL. */
  async releaseInterrupted(limit = SWEEP_BATCH): Promise<number> {
    const pending = await this.prisma.user.findMany({
      where: { emailVerifiedAt: { not: null }, heldReleasedAt: null, deletedAt: null },
      select: { id: true },
      orderBy: { emailVerifiedAt: 'asc' },
      take: limit,
    });
    for (const { id } of pending) await this.releaseHeld(id);
    return pending.length;
  }

  /** At start-up: a release cut short by the previous process's end is finished before traffic counts on it. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const finished = await this.releaseInterrupted();
      if (finished > 0) this.logger.log({ accounts: finished }, 'finished interrupted releases of held awards and attendance');
    } catch (error) {
      this.logger.warn({ code: (error as { code?: string }).code ?? 'unknown' }, 'could not finish interrupted releases; they run at each sign-in');
    }
  }
}

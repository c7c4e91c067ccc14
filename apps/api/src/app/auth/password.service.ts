import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { composePasswordReset } from '@stacks/notifications';
import { AccountMailer } from './account-mailer.js';
import { AccountTokens } from './account-tokens.js';
import { AuthService } from './auth.service.js';
import { EmailVerificationService, invalidLink } from './email-verification.service.js';

const MINUTE_MS = 60_000;

/** Forgotten and changed passwords. */
@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
    private readonly mailer: AccountMailer,
    private readonly verification: EmailVerificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a reset link if the address has an account. The caller gets the same answer, at the
   * same speed, either way: the lookup and the mail happen after the response.
   */
  requestReset(email: string): void {
    void this.mailResetLink(email.trim().toLowerCase()).catch((error: unknown) => {
      this.logger.warn({ code: (error as { code?: string }).code ?? 'unknown' }, 'password reset mail failed');
    });
  }

  private async mailResetLink(email: string): Promise<void> {
    const user = await this.prisma.user.findUnique({ where: { email }, select: { id: true, displayName: true, disabledAt: true } });
    if (!user || user.disabledAt) return;
    const token = await AccountTokens.issue(this.prisma, {
      userId: user.id,
      purpose: 'PASSWORD_RESET',
      email,
      ttlMs: this.config.PASSWORD_RESET_TTL_MINUTES * MINUTE_MS,
    });
    const resetUrl = new URL(`/reset-password#token=${token}`, this.config.PUBLIC_BASE_URL).toString();
    await this.mailer.send(
      { name: user.displayName, address: email },
      composePasswordReset({ learnerName: user.displayName, resetUrl, validMinutes: this.config.PASSWORD_RESET_TTL_MINUTES }),
    );
  }

  /**
   * Sets a new password from a mailed link and signs the account out everywhere. Following the
   * link proves the address too, so an unverified account becomes verified.
   */
  async reset(token: string, newPassword: string): Promise<void> {
    const { userId, verifiedNow } = await this.prisma.$transaction(async (tx) => {
      const redeemed = await AccountTokens.consume(tx, 'PASSWORD_RESET', token);
      if (!redeemed) throw invalidLink();
      // A refused password rolls the transaction back: the link stays usable for a better one.
      const owner = await tx.user.findUnique({ where: { id: redeemed.userId }, select: { displayName: true } });
      this.auth.assertAcceptablePassword(newPassword, [redeemed.email, owner?.displayName ?? '']);
      const passwordHash = await this.auth.hashPassword(newPassword);
      const updated = await tx.user.updateMany({ where: { id: redeemed.userId, email: redeemed.email }, data: { passwordHash } });
      if (updated.count === 0) throw invalidLink(); // the address changed after this link was sent
      await this.auth.revokeSessions(tx, redeemed.userId);
      await AccountTokens.revokeAll(tx, redeemed.userId, 'PASSWORD_RESET');
      return { userId: redeemed.userId, verifiedNow: await this.verification.markVerified(tx, redeemed.userId, redeemed.email) };
    });
    if (verifiedNow) await this.verification.releaseHeld(userId);
  }

  /** Changes the password of a signed-in learner who knows the current one; other sessions end. */
  async change(userId: string, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    await this.auth.confirmPassword(userId, currentPassword);
    const owner = await this.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, displayName: true } });
    this.auth.assertAcceptablePassword(newPassword, [owner.email, owner.displayName], 'newPassword');
    const passwordHash = await this.auth.hashPassword(newPassword);
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { passwordHash } });
      await this.auth.revokeSessions(tx, userId, sessionId);
      await AccountTokens.revokeAll(tx, userId, 'PASSWORD_RESET');
    });
  }
}

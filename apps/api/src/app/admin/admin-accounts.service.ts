import { Injectable } from '@nestjs/common';
import { PrismaService } from '@stacks/db';
import { AuthService } from '../auth/auth.service.js';
import { EmailVerificationService } from '../auth/email-verification.service.js';
import { AccountDataService } from '../me/account-data.service.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type { AccountChangeDto } from './dto/account-admin.dto.js';

/** Admins managing people: roles, disabling, verification and erasure, each change audited. */
@Injectable()
export class AdminAccountsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
    private readonly data: AccountDataService,
  ) {}

  async change(adminId: string, userId: string, change: AccountChangeDto) {
    if (change.role === undefined && change.disabled === undefined && change.emailVerified === undefined && change.issuers === undefined) {
      throw new DomainError(400, 'nothing-to-change', 'Name at least one of role, disabled, emailVerified or issuers', [
        { field: 'role', rule: 'oneOf', message: 'give role, disabled, emailVerified or issuers' },
      ]);
    }
    if (userId === adminId && (change.role !== undefined || change.disabled || change.issuers !== undefined)) {
      throw new DomainError(409, 'own-account', 'Admins cannot change their own role or disable themselves; ask another admin');
    }
    let verifiedNow = false;
    await this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true, disabledAt: true, deletedAt: true, emailVerifiedAt: true } });
      if (!user || user.deletedAt) throw notFound('User', userId);
      const audit = (action: string, details: Record<string, string | boolean | null>) =>
        tx.auditEntry.create({ data: { actorId: adminId, action, subjectType: 'User', subjectId: userId, details: { ...details, reason: change.reason ?? null } } });
      if (change.role !== undefined && change.role !== user.role) {
        await tx.user.update({ where: { id: userId }, data: { role: change.role } });
        // Access tokens carry the role: end the sessions so the new one applies at once.
        await this.auth.revokeSessions(tx, userId);
        await audit('account.role', { from: user.role, to: change.role });
      }
      if (change.issuers !== undefined) {
        const slugs = [...new Set(change.issuers)];
        const issuers = await tx.badgeIssuer.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
        const unknown = slugs.filter((slug) => !issuers.some((issuer) => issuer.slug === slug));
        if (unknown.length) {
          throw new DomainError(400, 'unknown-issuer', `No badge issuer ${unknown.join(', ')}`, [
            { field: 'issuers', rule: 'knownIssuer', message: `issuers names unknown issuer ${unknown[0]}` },
          ]);
        }
        await tx.issuerStaff.deleteMany({ where: { userId } });
        await tx.issuerStaff.createMany({ data: issuers.map((issuer) => ({ userId, issuerId: issuer.id })) });
        await audit('account.issuers', { issuers: slugs.sort().join(',') });
      }
      if (change.disabled === true && !user.disabledAt) {
        await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
        await this.auth.revokeSessions(tx, userId);
        await audit('account.disable', {});
      } else if (change.disabled === false && user.disabledAt) {
        await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
        await audit('account.enable', {});
      }
      if (change.emailVerified === true && !user.emailVerifiedAt) {
        verifiedNow = await this.verification.markVerified(tx, userId, user.email);
        await audit('account.verify-email', {});
      }
    });
    if (verifiedNow) await this.verification.releaseHeld(userId);
    return this.summary(userId);
  }

  async erase(adminId: string, userId: string, reason: string): Promise<void> {
    if (userId === adminId) throw new DomainError(409, 'own-account', 'Erase your own account from your settings, not as an admin');
    await this.data.erase(userId, adminId, 'admin', reason);
  }

  private async summary(userId: string) {
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, displayName: true, role: true, emailVerifiedAt: true, disabledAt: true, createdAt: true },
    });
    return user;
  }
}

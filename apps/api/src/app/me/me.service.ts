import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@stacks/db';
import { AccountTokens } from '../auth/account-tokens.js';
import { AuthService } from '../auth/auth.service.js';
import { EmailVerificationService } from '../auth/email-verification.service.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type { MemberProfileDto } from './dto/member-profile.dto.js';

/** What an account is, as its owner sees it. */
export const ACCOUNT_FIELDS = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  emailVerifiedAt: true,
  createdAt: true,
  profile: { select: { libraryType: true, librarySize: true, jobRole: true, timeZone: true } },
} as const;

@Injectable()
export class MeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
  ) {}

  async account(userId: string) {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: ACCOUNT_FIELDS });
    if (!user) throw notFound('User', userId);
    return user;
  }

  async updateProfile(userId: string, changes: MemberProfileDto) {
    await this.prisma.memberProfile.upsert({
      where: { userId },
      create: { userId, ...changes },
      update: changes,
    });
    return this.account(userId);
  }

  /** A new address must be proved again: it is unverified until the link mailed to it is followed. */
  async changeEmail(userId: string, email: string, currentPassword: string) {
    await this.auth.confirmPassword(userId, currentPassword);
    const normalised = email.trim().toLowerCase();
    try {
      await this.prisma.$transaction(async (tx) => {
        const updated = await tx.user.updateMany({ where: { id: userId, email: { not: normalised } }, data: { email: normalised, emailVerifiedAt: null } });
        if (updated.count > 0) await AccountTokens.revokeAll(tx, userId);
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError(409, 'email-taken', 'An account with this email already exists', [
          { field: 'email', rule: 'unique', message: 'email is already registered' },
        ]);
      }
      throw error;
    }
    await this.verification.send(userId);
    return this.account(userId);
  }
}

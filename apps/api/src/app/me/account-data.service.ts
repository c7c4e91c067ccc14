import { Injectable } from '@nestjs/common';
import { PrismaService } from '@stacks/db';
import { ProgressService } from '../progress/progress.service.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import { ACCOUNT_FIELDS } from './me.service.js';

/** What an erased account is called from then on (the row stays: issued credentials point at it). */
export const ERASED_NAME = '';
const erasedEmail = (userId: string) => `erased-${userId}@erased.invalid`;

/** A learner's data: everything Stacks holds about them, and erasing it on request. */
@Injectable()
export class AccountDataService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly progress: ProgressService,
  ) {}

  /** Everything held about the learner, as one JSON document (no secrets: hashes and tokens are left out). */
  async export(userId: string) {
    const user = await this.prisma.user.findUnique({
      where: { id: userId },
      select: {
        ...ACCOUNT_FIELDS,
        updatedAt: true,
        enrolments: { select: { status: true, createdAt: true, updatedAt: true, session: { select: { id: true, slug: true, title: true } } } },
        completionEvents: {
          select: {
            source: true,
            viewedPercent: true,
            minutesAttended: true,
            occurredAt: true,
            createdAt: true,
            updatedAt: true,
            session: { select: { id: true, slug: true, title: true } },
          },
        },
        badgeAwards: {
          select: {
            id: true,
            createdAt: true,
            evidenceUrl: true,
            evidenceNarrative: true,
            achievement: { select: { id: true, slug: true, name: true } },
            credentials: { select: { id: true, issuedAt: true, validUntil: true, revokedAt: true, revocationReason: true, jws: true } },
          },
        },
        notificationPreference: {
          select: {
            emailEnabled: true,
            discordEnabled: true,
            remindersEnabled: true,
            nudgesEnabled: true,
            weeklyDigest: true,
            quietHoursStart: true,
            quietHoursEnd: true,
            unsubscribedAt: true,
            updatedAt: true,
          },
        },
        notificationDeliveries: { select: { kind: true, channel: true, status: true, attempts: true, dueAt: true, sentAt: true, createdAt: true } },
        discordLink: { select: { discordUserId: true, linkedAt: true } },
        selfAssessments: { select: { rating: true, note: true, assessedAt: true, competency: { select: { slug: true, name: true } } }, orderBy: { assessedAt: 'asc' } },
        oidcIdentities: { select: { issuer: true, subject: true, email: true, linkedAt: true, lastSignInAt: true } },
      },
    });
    if (!user) throw notFound('User', userId);
    const { profile, enrolments, completionEvents, badgeAwards, notificationPreference, notificationDeliveries, discordLink, selfAssessments, oidcIdentities, ...account } = user;
    return {
      exportedAt: new Date().toISOString(),
      account: { ...account, profile },
      enrolments,
      completionEvents,
      transcript: await this.progress.transcript(userId),
      badges: badgeAwards,
      notificationPreferences: notificationPreference,
      notificationDeliveries,
      discordLink,
      selfAssessments,
      singleSignOn: oidcIdentities,
    };
  }

  /**
   * Erases the learner's personal data. The account row stays, anonymised, because issued
   * credentials hang off it and must stay verifiable (they name the holder only by a salted hash
   * of the old address); every session, link, token, preference, delivery and learning record goes,
   * and a standing unsubscribe stops any reminder already planned. Audited; see docs/operations.md.
   */
  async erase(userId: string, actorId: string, requestedBy: 'self' | 'admin', reason?: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, deletedAt: true, email: true } });
      if (!user) throw notFound('User', userId);
      if (user.deletedAt) return; // already erased: a repeated request changes nothing
      if (requestedBy === 'admin' && user.role !== 'LEARNER') {
        throw new DomainError(409, 'not-a-learner', 'Only learner accounts are erased this way; take the staff role away first');
      }
      const now = new Date();
      await tx.user.update({
        where: { id: userId },
        data: { email: erasedEmail(userId), displayName: ERASED_NAME, passwordHash: '', emailVerifiedAt: null, disabledAt: now, deletedAt: now },
      });
      await tx.refreshToken.deleteMany({ where: { userId } });
      await tx.accountToken.deleteMany({ where: { userId } });
      await tx.calendarFeed.deleteMany({ where: { userId } });
      await tx.memberProfile.deleteMany({ where: { userId } });
      await tx.discordAccountLink.deleteMany({ where: { userId } });
      await tx.discordLinkCode.deleteMany({ where: { userId } });
      // The provider's subject names the person: a later sign-in there starts a new account.
      await tx.oidcIdentity.deleteMany({ where: { userId } });
      await tx.oidcSignIn.deleteMany({ where: { userId } });
      await tx.oidcSession.deleteMany({ where: { userId } });
      await tx.notificationDelivery.deleteMany({ where: { userId } });
      await tx.notificationPreference.upsert({
        where: { userId },
        create: { userId, emailEnabled: false, discordEnabled: false, remindersEnabled: false, nudgesEnabled: false, weeklyDigest: false, unsubscribedAt: now },
        update: { emailEnabled: false, discordEnabled: false, remindersEnabled: false, nudgesEnabled: false, weeklyDigest: false, unsubscribedAt: now, quietHoursStart: null, quietHoursEnd: null },
      });
      await tx.enrolment.deleteMany({ where: { userId } });
      await tx.completionEvent.deleteMany({ where: { userId } });
      await tx.sessionCompletion.deleteMany({ where: { userId } });
      await tx.seriesUnlock.deleteMany({ where: { userId } });
      // Imported attendance still waiting for this address to be verified goes with the account.
      await tx.pendingAttendance.deleteMany({ where: { email: user.email.toLowerCase() } });
      await tx.recordingPlayback.deleteMany({ where: { userId } });
      // Zoom's participant rows name the address, not the account.
      await tx.zoomParticipantInterval.deleteMany({ where: { email: user.email.toLowerCase() } });
      await tx.selfAssessment.deleteMany({ where: { userId } });
      await tx.auditEntry.create({ data: { actorId, action: 'account.erase', subjectType: 'User', subjectId: userId, details: { requestedBy, reason: reason ?? null } } });
    });
  }
}

import type { PrismaClient } from '@stacks/db';
import type { BadgeUrls } from './badge-urls.js';

/** One credential in force that reaches its validUntil inside the window: all an expiry notice needs. */
export interface ExpiringCredential {
  credentialId: string;
  validUntil: Date;
  issuedAt: Date;
  holder: { userId: string; email: string; displayName: string };
  achievement: { id: string; slug: string; name: string; validForDays: number | null };
  issuer: { name: string; email: string | null; url: string };
  /** The achievement's renewal instructions, or who to ask when it has none. */
  renewal: string;
  /** The public credential page, to link from a notice. */
  credentialPage: string;
}

export interface ExpiringWindow {
  /** Exclusive lower bound (usually now): already expired credentials are not listed. */
  after: Date;
  /** Inclusive upper bound. */
  until: Date;
  limit: number;
  offset?: number;
}

/** Default instructions when an admin wrote none: the issuer decides a renewal. */
export function renewalText(instructions: string | null, issuer: { name: string; email: string | null; url: string }): string {
  return instructions?.trim() || `To renew this badge, contact ${issuer.name} (${issuer.email ?? issuer.url}).`;
}

/**
 * Credentials in force (not revoked, not superseded) whose validUntil falls in (after, until],
 * soonest first. Used by the admin report and meant for the worker's 30- and 7-day notices: a
 * notice job reads one window and keys its ledger row on (credentialId, threshold).
 */
export async function findExpiringCredentials(
  prisma: Pick<PrismaClient, 'badgeCredential'>,
  urls: BadgeUrls,
  window: ExpiringWindow,
): Promise<{ total: number; items: ExpiringCredential[] }> {
  const where = { revokedAt: null, validUntil: { gt: window.after, lte: window.until } };
  const [total, rows] = await Promise.all([
    prisma.badgeCredential.count({ where }),
    prisma.badgeCredential.findMany({
      where,
      orderBy: [{ validUntil: 'asc' }, { id: 'asc' }],
      take: window.limit,
      skip: window.offset ?? 0,
      select: {
        id: true,
        validUntil: true,
        issuedAt: true,
        award: {
          select: {
            user: { select: { id: true, email: true, displayName: true } },
            achievement: {
              select: {
                id: true,
                slug: true,
                name: true,
                validForDays: true,
                renewalInstructions: true,
                issuer: { select: { name: true, email: true, url: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((row) => {
      const { achievement, user } = row.award;
      return {
        credentialId: row.id,
        validUntil: row.validUntil as Date,
        issuedAt: row.issuedAt,
        holder: { userId: user.id, email: user.email, displayName: user.displayName },
        achievement: { id: achievement.id, slug: achievement.slug, name: achievement.name, validForDays: achievement.validForDays },
        issuer: achievement.issuer,
        renewal: renewalText(achievement.renewalInstructions, achievement.issuer),
        credentialPage: urls.credentialPage(row.id),
      };
    }),
  };
}

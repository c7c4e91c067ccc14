import { DEFAULT_TIME_ZONE, Prisma } from '@stacks/db';
import { quietHoursFrom, type QuietHours } from '@stacks/notifications';
import type { Recipient } from './channels/channel.js';

/** A learner as the notification pipeline sees them, preferences resolved (no row = defaults). */
export interface Audience {
  recipient: Recipient;
  timeZone: string;
  quietHours: QuietHours | null;
  unsubscribed: boolean;
  remindersEnabled: boolean;
  nudgesEnabled: boolean;
  emailEnabled: boolean;
  discordEnabled: boolean;
}

/** What `AUDIENCE_COLUMNS` selects: columns of User, MemberProfile, DiscordAccountLink and NotificationPreference. */
export interface AudienceRow {
  id: string;
  email: string;
  displayName: string;
  timeZone: string | null;
  discordUserId: string | null;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  unsubscribedAt: Date | null;
  remindersEnabled: boolean | null;
  nudgesEnabled: boolean | null;
  emailEnabled: boolean | null;
  discordEnabled: boolean | null;
}

/**
 * The audience query, written once: `AUDIENCE_COLUMNS` from `AUDIENCE_JOINS`, which join a
 * learner's profile, Discord link and preferences to a "User" row aliased `u`. The dispatcher
 * selects them alone; the reminder sender adds them to its session-state query.
 */
export const AUDIENCE_COLUMNS = Prisma.raw(`u.id, u.email, u."displayName", mp."timeZone", d."discordUserId",
             p."quietHoursStart", p."quietHoursEnd", p."unsubscribedAt", p."remindersEnabled", p."nudgesEnabled",
             -- No e-mail to an address its owner has not proved.
             CASE WHEN u."emailVerifiedAt" IS NULL THEN false ELSE p."emailEnabled" END AS "emailEnabled", p."discordEnabled"`);

export const AUDIENCE_JOINS = Prisma.raw(`LEFT JOIN "MemberProfile" mp ON mp."userId" = u.id
      LEFT JOIN "DiscordAccountLink" d ON d."userId" = u.id
      LEFT JOIN "NotificationPreference" p ON p."userId" = u.id`);

export function toAudience(row: AudienceRow): Audience {
  return {
    recipient: { userId: row.id, email: row.email, displayName: row.displayName, discordUserId: row.discordUserId },
    timeZone: row.timeZone ?? DEFAULT_TIME_ZONE,
    quietHours: quietHoursFrom(row.quietHoursStart, row.quietHoursEnd),
    unsubscribed: row.unsubscribedAt !== null,
    remindersEnabled: row.remindersEnabled ?? true,
    nudgesEnabled: row.nudgesEnabled ?? true,
    emailEnabled: row.emailEnabled ?? true,
    discordEnabled: row.discordEnabled ?? true,
  };
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type DeliveryChannel = 'email' | 'discord' | 'console';

/**
 * Identity of one reminder: the session, the learner, the start time it was planned for and
 * the offset. A rescheduled session has a new start time, hence new reminders; the old ones
 * are skipped at send time.
 */
export function sessionReminderKey(input: { sessionId: string; userId: string; startsAt: Date; offsetMinutes: number }): string {
  return `reminder.${input.sessionId}.${input.userId}.${input.startsAt.getTime()}.${input.offsetMinutes}`;
}

/** One nudge per learner per series per ISO week. */
export function nudgeKey(input: { userId: string; seriesId: string; week: string }): string {
  return `nudge.${input.userId}.${input.seriesId}.${input.week}`;
}

export function weeklyDigestKey(input: { userId: string; week: string }): string {
  return `digest.${input.userId}.${input.week}`;
}

export function badgeNoticeKey(credentialId: string): string {
  return `badge.${credentialId}`;
}

/** One notice per credential and threshold; a re-issued badge is a new credential, so its notices start over. */
export function badgeExpiryKey(credentialId: string, daysBefore: number): string {
  return `badge-expiry.${credentialId}.${daysBefore}`;
}

/** One notice per decision staff take on a submission or application (the n-th decision has its own key). */
export function decisionNoticeKey(input: { subject: string; subjectId: string; decisionNumber: number }): string {
  return `decision.${input.subject}.${input.subjectId}.${input.decisionNumber}`;
}

/** ISO 8601 week of an instant in UTC, e.g. `2026-W48`. */
export function isoWeek(at: Date): string {
  const date = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function digest(deliveryKey: string, channel: DeliveryChannel): Buffer {
  return createHash('sha256').update(`${deliveryKey}|${channel}`).digest();
}

/**
 * Discord's message nonce (at most 25 characters). Sent with `enforce_nonce: true`, Discord
 * returns the message already created with that nonce instead of posting a second one.
 */
export function discordNonce(deliveryKey: string): string {
  return digest(deliveryKey, 'discord').toString('base64url').slice(0, 25);
}

/** A stable Message-ID, so a resent e-mail is recognisably the same message. */
export function emailMessageId(deliveryKey: string, domain: string): string {
  return `<${digest(deliveryKey, 'email').toString('hex').slice(0, 40)}@${domain}>`;
}

function unsubscribeSignature(userId: string, expiresSeconds: string, secret: string): string {
  return createHmac('sha256', secret).update(`unsubscribe|${userId}|${expiresSeconds}`).digest('base64url');
}

/**
 * A link token that lets exactly this learner unsubscribe without signing in, until `expiresAt`:
 * `<base64url user id>.<expiry, Unix seconds>.<HMAC>`. A mail found years later no longer works.
 */
export function signUnsubscribeToken(userId: string, secret: string, expiresAt: Date): string {
  const expires = String(Math.floor(expiresAt.getTime() / 1000));
  return `${Buffer.from(userId).toString('base64url')}.${expires}.${unsubscribeSignature(userId, expires, secret)}`;
}

/** The learner id of a valid, unexpired token, or null for anything forged, truncated, malformed or expired. */
export function verifyUnsubscribeToken(token: string, secret: string, now = Date.now()): string | null {
  const match = /^([A-Za-z0-9_-]{1,200})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, encodedUserId, expires, signature] = match;
  const userId = Buffer.from(encodedUserId, 'base64url').toString();
  const expected = Buffer.from(unsubscribeSignature(userId, expires, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) * 1000 > now ? userId : null;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

export const DASHBOARD_COOKIE = 'stacks_queues';
export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_TTL_SECONDS = 15 * 60;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^(${UUID})\\.(${UUID})\\.(\\d{1,12})\\.([\\w-]{43})$`);

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`queues-dashboard|${payload}`).digest('base64url');
}

export interface DashboardHolder {
  userId: string;
  /** The sign-in (refresh-token family) that opened the dashboard; signing out ends both. */
  sessionId: string;
}

/** `<userId>.<sessionId>.<expiry seconds>.<signature>`: short-lived, bound to one admin's sign-in. */
export function issueDashboardToken(holder: DashboardHolder, secret: string, now = Date.now()): { token: string; expiresAt: Date } {
  const expires = Math.floor(now / 1000) + DASHBOARD_TTL_SECONDS;
  const payload = `${holder.userId}.${holder.sessionId}.${expires}`;
  return { token: `${payload}.${sign(payload, secret)}`, expiresAt: new Date(expires * 1000) };
}

/** Who holds the token when it is genuine and unexpired; null otherwise. */
export function verifyDashboardToken(token: string, secret: string, now = Date.now()): DashboardHolder | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, userId, sessionId, expires, signature] = match;
  const expected = Buffer.from(sign(`${userId}.${sessionId}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) * 1000 > now ? { userId, sessionId } : null;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

export const DASHBOARD_COOKIE = 'stacks_queues';
export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_TTL_SECONDS = 15 * 60;

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`queues-dashboard|${payload}`).digest('base64url');
}

/** `<userId>.<expiry seconds>.<signature>`: short-lived, bound to one admin. */
export function issueDashboardToken(userId: string, secret: string, now = Date.now()): { token: string; expiresAt: Date } {
  const expires = Math.floor(now / 1000) + DASHBOARD_TTL_SECONDS;
  const payload = `${userId}.${expires}`;
  return { token: `${payload}.${sign(payload, secret)}`, expiresAt: new Date(expires * 1000) };
}

/** The admin's user id when the token is genuine and unexpired; null otherwise. */
export function verifyDashboardToken(token: string, secret: string, now = Date.now()): string | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(sign(`${match[1]}.${match[2]}`, secret));
  const given = Buffer.from(match[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(match[2]) * 1000 > now ? match[1] : null;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

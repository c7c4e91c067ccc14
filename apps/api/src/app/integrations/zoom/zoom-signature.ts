import { createHmac, timingSafeEqual } from 'node:crypto';

/** Route of Zoom's event subscription, under the API prefix. */
export const ZOOM_EVENTS_ROUTE = 'integrations/zoom/events';

/** The JSON parser keeps the exact body text here for the Zoom route (create-app.ts). */
export interface RawBodyCarrier {
  rawBody?: string;
}

/** Zoom signs with a timestamp; older (or further ahead) than this is refused as a possible replay. */
export const ZOOM_SIGNATURE_MAX_AGE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'timestamp' | 'stale' | 'mismatch' };

/** HMAC-SHA256 hex of `message` with the app's secret token (Zoom's own construction). */
export function zoomHmac(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}

/** What Zoom's `x-zm-signature` must be for this timestamp and body: `v0=` + HMAC over `v0:{timestamp}:{body}`. */
export function zoomSignature(secret: string, timestamp: string, rawBody: string): string {
  return `v0=${zoomHmac(secret, `v0:${timestamp}:${rawBody}`)}`;
}

/**
 * Checks Zoom's request signature: present, a timestamp within five minutes of `now`, and the
 * HMAC compared in constant time (a length mismatch is refused before comparing).
 */
export function verifyZoomSignature(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  rawBody: string,
  now: Date,
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'timestamp' };
  // Zoom sends seconds; a milliseconds value is accepted too rather than refused as far future.
  const seconds = timestamp.length > 11 ? Math.floor(Number(timestamp) / 1000) : Number(timestamp);
  if (Math.abs(now.getTime() / 1000 - seconds) > ZOOM_SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(zoomSignature(secret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'mismatch' };
  return { ok: true };
}

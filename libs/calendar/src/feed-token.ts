import { createHash, randomBytes } from 'node:crypto';

/**
 * The secret in a learner's private calendar-feed URL: 32 random bytes, base64url (43 characters).
 * Only its SHA-256 is stored, so a database leak hands out no feed; a plain hash is enough because
 * the token is random, not a password.
 */
const FEED_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function generateFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** True when `value` could be a feed token, so a malformed one costs no database round trip. */
export function isFeedTokenShape(value: string): boolean {
  return FEED_TOKEN_SHAPE.test(value);
}

/** What is stored for a token: hex SHA-256. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

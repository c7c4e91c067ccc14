import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AccountTokenPurpose, Prisma } from '@stacks/db';

/** 32 random bytes, base64url: what a link carries. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * The secrets of this module and of single sign-on (its cookie handle and one-time code): random,
 * so a plain SHA-256 is what gets stored, and anything not of their shape is refused unhashed.
 */
export const RandomSecret = {
  mint: (): string => randomBytes(32).toString('base64url'),
  digest: (secret: string): string => sha256(secret).toString('hex'),
  isWellFormed: (value: unknown): value is string => typeof value === 'string' && TOKEN_SHAPE.test(value),
  /** Constant-time comparison of a stored digest with the digest of `secret`. */
  matches: (storedDigest: string, secret: string): boolean => {
    const stored = Buffer.from(storedDigest, 'hex');
    const given = sha256(secret);
    return stored.length === given.length && timingSafeEqual(stored, given);
  },
};

/**
 * Single-use, expiring tokens sent by e-mail (verification, password reset). Only the SHA-256 is
 * stored, so a database leak opens no account; a plain hash suffices because the token is random,
 * not a password. A new token of a purpose replaces the unused ones before it.
 */
export const AccountTokens = {
  async issue(db: Prisma.TransactionClient, input: { userId: string; purpose: AccountTokenPurpose; email: string; ttlMs: number }): Promise<string> {
    const token = RandomSecret.mint();
    await db.accountToken.deleteMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null } });
    await db.accountToken.create({
      data: {
        userId: input.userId,
        purpose: input.purpose,
        email: input.email,
        tokenHash: RandomSecret.digest(token),
        expiresAt: new Date(Date.now() + input.ttlMs),
      },
    });
    return token;
  },

  /**
   * Marks the token used and returns whose it was, or null when it is malformed, unknown, expired
   * or already used (one answer for all: the caller cannot tell which). The conditional UPDATE
   * makes two racing uses of one token succeed once.
   */
  async consume(db: Prisma.TransactionClient, purpose: AccountTokenPurpose, token: string): Promise<{ userId: string; email: string } | null> {
    if (!RandomSecret.isWellFormed(token)) return null;
    const digest = RandomSecret.digest(token);
    const [row] = await db.$queryRaw<{ userId: string; email: string; tokenHash: string }[]>`
      UPDATE "AccountToken" SET "usedAt" = now()
      WHERE "tokenHash" = ${digest} AND purpose = ${purpose}::"AccountTokenPurpose"
        AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING "userId", email, "tokenHash"`;
    // The index lookup compares hashes of a random secret (nothing to learn from its timing); the
    // final check is constant-time all the same.
    if (!row || !RandomSecret.matches(row.tokenHash, token)) return null;
    return { userId: row.userId, email: row.email };
  },

  /** Voids every unused token of the account (an e-mail change, a deletion). */
  async revokeAll(db: Prisma.TransactionClient, userId: string, purpose?: AccountTokenPurpose): Promise<void> {
    await db.accountToken.deleteMany({ where: { userId, usedAt: null, ...(purpose ? { purpose } : {}) } });
  },
};

import { createHash, randomBytes } from 'node:crypto';

/**
 * One-time codes that link a Discord account to a learner account. The API issues one to a
 * signed-in learner, the bot's `/link` command redeems it; only the SHA-256 of a code is stored.
 *
 * 10 symbols of Crockford base32 carry 50 bits: with a 10-minute lifetime and the bot's per-user
 * rate limit, guessing a live code is out of reach, and a plain (unsalted) hash is enough because
 * the input is random, not a password.
 */
export const LINK_CODE_LENGTH = 10;
export const LINK_CODE_TTL_SECONDS = 600;

/** Crockford base32: no I, L, O or U, so codes read aloud or retyped survive. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh code, grouped for reading as `XXXXX-XXXXX`. */
export function generateLinkCode(): string {
  const bytes = randomBytes(LINK_CODE_LENGTH);
  // 256 is a multiple of 32, so masking keeps every symbol equally likely.
  const symbols = [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/**
 * The canonical form of what a person typed: case, spaces and dashes do not matter, and the
 * look-alikes Crockford allows (O for 0, I and L for 1) are read as digits. Null when it cannot
 * be a code at all, so callers can answer "that is not a code" without a database round trip.
 */
export function normaliseLinkCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== LINK_CODE_LENGTH) return null;
  for (const symbol of compact) if (!ALPHABET.includes(symbol)) return null;
  return compact;
}

/** What is stored for a code: hex SHA-256 of its canonical form. Throws on input that is not a code. */
export function hashLinkCode(code: string): string {
  const canonical = normaliseLinkCode(code);
  if (!canonical) throw new RangeError('not a link code');
  return createHash('sha256').update(canonical).digest('hex');
}

/** Why a code could not be redeemed, in words the person at the keyboard can act on. */
export type LinkCodeRejection = 'malformed' | 'unknown' | 'expired' | 'used';

export function describeLinkCodeRejection(reason: LinkCodeRejection): string {
  switch (reason) {
    case 'malformed':
      return 'That does not look like a link code. Codes have 10 letters and digits, like `7K3QD-M9XWA`.';
    case 'unknown':
      return 'I do not recognise that code. Check it for typos, or ask Stacks for a new one.';
    case 'expired':
      return `That code has expired (codes last ${LINK_CODE_TTL_SECONDS / 60} minutes). Ask Stacks for a new one and use it straight away.`;
    case 'used':
      return 'That code has already been used. Each code works once; ask Stacks for a new one.';
  }
}

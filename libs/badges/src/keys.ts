import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

export interface SigningKey {
  /** Fragment of the verification method id: `<did>#<keyId>`. */
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface KeyRing {
  /** The key new credentials are signed with. */
  active: SigningKey;
  /** Every key whose credentials still verify (the active one included). */
  all: SigningKey[];
  /** True when the ring is the built-in development key (never acceptable in production). */
  development: boolean;
}

export class BadgeKeyError extends Error {
  override readonly name = 'BadgeKeyError';
}

/** Key id of the development key, chosen so that nobody mistakes it for a real one. */
export const DEVELOPMENT_KEY_ID = 'development-only-key';

// PKCS#8 prefix of an Ed25519 private key; the 32-byte seed follows.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 key from a 32-byte seed. */
export function ed25519FromSeed(keyId: string, seed: Buffer): SigningKey {
  if (seed.length !== 32) throw new BadgeKeyError('an Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { keyId, privateKey, publicKey: createPublicKey(privateKey) };
}

/**
 * The development key is derived from a fixed, public phrase: deterministic, so restarts keep
 * issued credentials valid, and worthless as a secret, so it must never sign in production.
 */
export function developmentKeyRing(): KeyRing {
  const seed = createHash('sha256').update('stacks: public development badge key, not a secret').digest();
  const key = ed25519FromSeed(DEVELOPMENT_KEY_ID, seed);
  return { active: key, all: [key], development: true };
}

/**
 * Parses BADGE_SIGNING_KEYS: a JSON array of Ed25519 private JWKs, each with a `kid`. The active
 * key is `activeKeyId` or, when unset, the last one listed. Messages never contain key material.
 */
export function parseKeyRing(signingKeysJson: string, activeKeyId?: string): KeyRing {
  let parsed: unknown;
  try {
    parsed = JSON.parse(signingKeysJson);
  } catch {
    throw new BadgeKeyError('BADGE_SIGNING_KEYS must be a JSON array of Ed25519 private JWKs');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new BadgeKeyError('BADGE_SIGNING_KEYS must be a non-empty JSON array of Ed25519 private JWKs');
  }
  const keys = parsed.map((entry, index): SigningKey => {
    const jwk = entry as Record<string, unknown>;
    if (!jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string' || typeof jwk.x !== 'string') {
      throw new BadgeKeyError(`BADGE_SIGNING_KEYS[${index}] must be an Ed25519 private JWK (kty OKP, crv Ed25519, d, x)`);
    }
    if (typeof jwk.kid !== 'string' || !/^[\w.-]{1,64}$/.test(jwk.kid)) {
      throw new BadgeKeyError(`BADGE_SIGNING_KEYS[${index}].kid must be 1-64 letters, digits, '.', '_' or '-'`);
    }
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x }, format: 'jwk' });
    } catch {
      throw new BadgeKeyError(`BADGE_SIGNING_KEYS[${index}] is not a valid Ed25519 key`);
    }
    const publicKey = createPublicKey(privateKey);
    if ((publicKey.export({ format: 'jwk' }) as { x: string }).x !== jwk.x) {
      throw new BadgeKeyError(`BADGE_SIGNING_KEYS[${index}]: x is not the public half of d`);
    }
    return { keyId: jwk.kid, privateKey, publicKey };
  });
  const ids = new Set(keys.map((key) => key.keyId));
  if (ids.size !== keys.length) throw new BadgeKeyError('BADGE_SIGNING_KEYS has two keys with the same kid');
  const active = activeKeyId ? keys.find((key) => key.keyId === activeKeyId) : keys[keys.length - 1];
  if (!active) throw new BadgeKeyError(`BADGE_ACTIVE_KEY_ID names no key in BADGE_SIGNING_KEYS`);
  return { active, all: keys, development: false };
}

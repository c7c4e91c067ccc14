import { sign, verify, type KeyObject } from 'node:crypto';
import { parseBoundedJson } from '@stacks/bounded-json';
import type { SigningKey } from './keys.js';

export interface JwsHeader {
  alg: 'EdDSA';
  kid: string;
  typ: 'vc+jwt';
  cty?: string;
}

const encodeSegment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** JWT registered claims that may stand beside the credential's own properties in the payload. */
export const JWT_CLAIM_NAMES = ['iss', 'sub', 'jti', 'nbf', 'exp', 'iat'] as const;

const asObject = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const seconds = (value: unknown): number | undefined => {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
};

/**
 * The JWT claims a credential implies (iss = issuer, jti = id, sub = subject id, nbf / exp =
 * validFrom / validUntil), so generic JWT libraries check issuer and validity dates too, as the
 * Open Badges VC-JWT profile expects. VC-JOSE-COSE allows them beside the credential when they agree.
 */
export function jwtClaimsFor(credential: object): Record<string, string | number> {
  const source = credential as Record<string, unknown>;
  const issuer = asObject(source.issuer)?.id ?? source.issuer;
  const subject = asObject(source.credentialSubject)?.id;
  const claims: Record<string, string | number | undefined> = {
    iss: typeof issuer === 'string' ? issuer : undefined,
    sub: typeof subject === 'string' ? subject : undefined,
    jti: typeof source.id === 'string' ? source.id : undefined,
    nbf: seconds(source.validFrom),
    exp: seconds(source.validUntil),
  };
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined)) as Record<string, string | number>;
}

/** The credential inside a JWS payload: the payload without its JWT claims. */
export function credentialOf(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([name]) => !(JWT_CLAIM_NAMES as readonly string[]).includes(name)));
}

/** Names of the JWT claims in a payload that disagree with its credential (none when it has none). */
export function conflictingJwtClaims(payload: Record<string, unknown>): string[] {
  const implied = jwtClaimsFor(credentialOf(payload));
  return JWT_CLAIM_NAMES.filter((name) => name !== 'iat' && payload[name] !== undefined && payload[name] !== implied[name]);
}

/**
 * Signs a credential as VC-JOSE: a compact JWS whose payload is the credential itself plus the
 * JWT claims it implies, EdDSA over Ed25519, the key named by `<issuer DID>#<key id>` so any
 * verifier can find it in the DID document.
 */
export function signCredentialJws(credential: object, issuerDid: string, key: SigningKey): string {
  const header: JwsHeader = { alg: 'EdDSA', kid: `${issuerDid}#${key.keyId}`, typ: 'vc+jwt' };
  const signingInput = `${encodeSegment(header)}.${encodeSegment({ ...jwtClaimsFor(credential), ...credential })}`;
  const signature = sign(null, Buffer.from(signingInput), key.privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

export type DecodedJws =
  | { ok: true; header: Record<string, unknown>; payload: Record<string, unknown>; signingInput: string; signature: Buffer }
  | { ok: false; reason: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function parseSegment(segment: string): Record<string, unknown> | null {
  try {
    const value = parseBoundedJson(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Splits a compact JWS without trusting it; never throws. */
export function decodeJws(compact: string): DecodedJws {
  const parts = compact.trim().split('.');
  if (parts.length !== 3) return { ok: false, reason: 'it is not a compact JWS (expected three dot-separated parts)' };
  if (!parts.every((part) => BASE64URL.test(part))) return { ok: false, reason: 'the JWS contains characters outside base64url' };
  const header = parseSegment(parts[0]);
  if (!header) return { ok: false, reason: 'the JWS header is not a JSON object' };
  const payload = parseSegment(parts[1]);
  if (!payload) return { ok: false, reason: 'the JWS payload is not a JSON object' };
  return { ok: true, header, payload, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
}

export function verifyEd25519(signingInput: string, signature: Buffer, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(signingInput), publicKey, signature);
  } catch {
    return false;
  }
}

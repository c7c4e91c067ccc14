import { sign, verify, type KeyObject } from 'node:crypto';
import type { SigningKey } from './keys.js';

export interface JwsHeader {
  alg: 'EdDSA';
  kid: string;
  typ: 'vc+jwt';
  cty?: string;
}

const encodeSegment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Signs a credential as VC-JOSE: a compact JWS whose payload is the credential itself, EdDSA
 * over Ed25519, the key named by `<issuer DID>#<key id>` so any verifier can find it in the DID document.
 */
export function signCredentialJws(credential: object, issuerDid: string, key: SigningKey): string {
  const header: JwsHeader = { alg: 'EdDSA', kid: `${issuerDid}#${key.keyId}`, typ: 'vc+jwt' };
  const signingInput = `${encodeSegment(header)}.${encodeSegment(credential)}`;
  const signature = sign(null, Buffer.from(signingInput), key.privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

export type DecodedJws =
  | { ok: true; header: Record<string, unknown>; payload: Record<string, unknown>; signingInput: string; signature: Buffer }
  | { ok: false; reason: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function parseSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
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

import type { KeyObject } from 'node:crypto';
import { encode as base58btc } from 'base58-universal';

/** A public verification key as published in a DID document (JWK form). */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid?: string;
}

export interface JsonWebKeyMethod {
  id: string;
  type: 'JsonWebKey';
  controller: string;
  publicKeyJwk: PublicJwk;
}

/** The same key as a Multikey, which Data Integrity (eddsa-rdfc-2022) verifiers look for. */
export interface MultikeyMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

export type VerificationMethod = JsonWebKeyMethod | MultikeyMethod;

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
  authentication: string[];
}

/**
 * The did:web identifier of a site (and optional path), per the did:web method: the host with
 * its port percent-encoded, path segments joined by ':'. did:web:example.org:issuers:alsc resolves
 * to https://example.org/issuers/alsc/did.json; a bare host to /.well-known/did.json.
 */
export function didWebFor(baseUrl: string, pathSegments: string[] = []): string {
  const url = new URL(baseUrl);
  const host = encodeURIComponent(url.host);
  const basePath = url.pathname.split('/').filter(Boolean);
  return ['did:web', host, ...[...basePath, ...pathSegments].map(encodeURIComponent)].join(':');
}

/** The URL a did:web resolves to, or null when the string is not a did:web. */
export function didWebDocumentUrl(did: string, scheme: 'https' | 'http' = 'https'): string | null {
  const match = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/.exec(did);
  if (!match) return null;
  const host = decodeURIComponent(match[1]);
  const path = match[2] ? match[2].slice(1).split(':').map(decodeURIComponent) : [];
  return path.length === 0 ? `${scheme}://${host}/.well-known/did.json` : `${scheme}://${host}/${path.join('/')}/did.json`;
}

// Multicodec prefix of an Ed25519 public key (0xed, varint-encoded).
const ED25519_PUBLIC_MULTICODEC = Buffer.from([0xed, 0x01]);

/** `z` + base58btc(multicodec ed25519-pub + the 32 key bytes): the Multikey form of a public key. */
export function ed25519PublicKeyMultibase(publicKey: KeyObject): string {
  const { x } = publicKey.export({ format: 'jwk' }) as { x: string };
  return `z${base58btc(Buffer.concat([ED25519_PUBLIC_MULTICODEC, Buffer.from(x, 'base64url')]))}`;
}

/** The id of a key's Multikey method: `<did>#<keyId>-multikey` (the JWK method keeps `<did>#<keyId>`, the JWS kid). */
export const multikeyMethodId = (did: string, keyId: string) => `${did}#${keyId}-multikey`;

/**
 * A DID document listing every key (active and retired) so older credentials keep verifying; each
 * key twice, as a JsonWebKey (for VC-JOSE) and as a Multikey (for Data Integrity proofs).
 */
export function buildDidDocument(did: string, keys: { keyId: string; publicKey: KeyObject }[]): DidDocument {
  const methods = keys.flatMap(({ keyId, publicKey }): VerificationMethod[] => {
    const jwk = publicKey.export({ format: 'jwk' }) as { x: string };
    return [
      { id: `${did}#${keyId}`, type: 'JsonWebKey', controller: did, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: keyId } },
      { id: multikeyMethodId(did, keyId), type: 'Multikey', controller: did, publicKeyMultibase: ed25519PublicKeyMultibase(publicKey) },
    ];
  });
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
    authentication: methods.map((method) => method.id),
  };
}

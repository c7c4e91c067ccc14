/** A DID a learner may be named by as credentialSubject.id: did:key or did:web, syntax-checked. */
export type HolderDidCheck = { ok: true; did: string; method: 'key' | 'web' } | { ok: false; reason: string };

const MAX_DID_LENGTH = 512;
/** did:key is multibase base58btc ('z' + base58 alphabet) of a multicodec public key. */
const DID_KEY = /^did:key:z[1-9A-HJ-NP-Za-km-z]{40,200}$/;
/** did:web: a host (port as %3A) then optional ':'-separated path segments; no query or fragment. */
const DID_WEB = /^did:web:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?:%3[Aa]\d{1,5})?(?::[A-Za-z0-9._~-]+|:%[0-9A-Fa-f]{2})*$/;

/** Checks the DID's syntax (W3C DID Core, did:key and did:web method specs); it does not resolve it. */
export function checkHolderDid(value: unknown): HolderDidCheck {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'must be a DID such as did:key:z6Mk… or did:web:example.org' };
  const did = value.trim();
  if (did.length > MAX_DID_LENGTH) return { ok: false, reason: `must be at most ${MAX_DID_LENGTH} characters` };
  if (did.startsWith('did:key:')) {
    return DID_KEY.test(did) ? { ok: true, did, method: 'key' } : { ok: false, reason: 'is not a valid did:key (expected did:key:z followed by a base58btc key)' };
  }
  if (did.startsWith('did:web:')) {
    return DID_WEB.test(did) ? { ok: true, did, method: 'web' } : { ok: false, reason: 'is not a valid did:web (expected did:web:<host>[:path…], no query or fragment)' };
  }
  return { ok: false, reason: 'must use the did:key or did:web method' };
}

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { type Ed25519MultikeyPair, fromJwk } from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import jsigs, { type DocumentLoader } from 'jsonld-signatures';
import { multikeyMethodId } from './did.js';
import type { SigningKey } from './keys.js';

export const DATA_INTEGRITY_CRYPTOSUITE = 'eddsa-rdfc-2022';

/** An embedded W3C Data Integrity proof (eddsa-rdfc-2022). */
export interface DataIntegrityProofValue {
  type: 'DataIntegrityProof';
  cryptosuite: typeof DATA_INTEGRITY_CRYPTOSUITE;
  created?: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

/** A credential with its proofs; `proof` is an array, as the Open Badges 3.0 schema wants. */
export type WithProof<T> = T & { proof: DataIntegrityProofValue[] };

// One Multikey pair per signing key: importing a JWK is async and costs a key derivation.
const multikeys = new WeakMap<SigningKey, Map<string, Promise<Ed25519MultikeyPair>>>();

function multikeyFor(key: SigningKey, did: string): Promise<Ed25519MultikeyPair> {
  let byDid = multikeys.get(key);
  if (!byDid) multikeys.set(key, (byDid = new Map()));
  const known = byDid.get(did);
  if (known) return known;
  const pair = fromJwk({ jwk: key.privateKey.export({ format: 'jwk' }), secretKey: true, id: multikeyMethodId(did, key.keyId), controller: did });
  byDid.set(did, pair);
  return pair;
}

/**
 * Adds an eddsa-rdfc-2022 Data Integrity proof made with `key` as a Multikey of `issuerDid`
 * (@digitalbazaar/vc issue: RDF canonicalisation in safe mode, so a term the contexts do not
 * define fails here rather than being silently left unsigned). Existing proofs are replaced.
 */
export async function addDataIntegrityProof<T extends object>(
  document: T,
  issuerDid: string,
  key: SigningKey,
  documentLoader: DocumentLoader,
): Promise<WithProof<T>> {
  const keyPair = await multikeyFor(key, issuerDid);
  const unsigned = structuredClone({ ...document, proof: undefined }) as T & { proof?: unknown };
  delete unsigned.proof;
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 });
  const signed = await vc.issue({ credential: unsigned, suite, documentLoader });
  const proof = signed.proof as DataIntegrityProofValue | DataIntegrityProofValue[];
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}

export interface ProofCheck {
  verified: boolean;
  /** Why not, in words (the first library error), when not verified. */
  reason?: string;
}

/**
 * Checks every Data Integrity proof of a credential (or status list credential): the signature
 * over the canonical form, that the key is in its controller's assertionMethod, and that the
 * controller is the credential's issuer (CredentialIssuancePurpose). Dates and status are the
 * caller's business. Never throws.
 */
export async function checkDataIntegrityProof(document: object, documentLoader: DocumentLoader): Promise<ProofCheck> {
  try {
    const result = await jsigs.verify(document, {
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      purpose: new vc.CredentialIssuancePurpose(),
      documentLoader,
    });
    if (result.verified) return { verified: true };
    const errors = result.error?.errors ?? (result.error ? [result.error] : []);
    const first = errors[0] ?? result.results?.find((entry) => entry.error)?.error;
    return { verified: false, reason: first ? rootCause(first) : 'the proof does not verify' };
  } catch (error) {
    return { verified: false, reason: error instanceof Error ? rootCause(error) : 'the proof could not be checked' };
  }
}

/** jsonld wraps a loader's error (e.g. an unknown context) in its own; the loader's words say more. */
function rootCause(error: Error): string {
  const cause = (error as Error & { details?: { cause?: unknown } }).details?.cause ?? error.cause;
  return cause instanceof Error ? rootCause(cause) : error.message;
}

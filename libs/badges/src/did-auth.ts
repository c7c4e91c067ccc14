import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import ed25519Signature2020Context from 'ed25519-signature-2020-context';
import jsigs, { type DocumentLoader } from 'jsonld-signatures';
import { KNOWN_CONTEXTS } from './document-loader.js';

/**
 * DIDAuth: the Verifiable Presentation a wallet signs to prove it controls a DID (the Learner
 * Credential Wallet signs it with Ed25519Signature2020 and a did:key; newer wallets use
 * eddsa-rdfc-2022 Data Integrity proofs). Checked here: its shape and size, the exchange's
 * challenge and domain, the proof's age, and the signature itself (@digitalbazaar/vc
 * verifyPresentation with an authentication proof purpose), with the holder's did:key resolved
 * offline by the did:key driver; nothing is fetched, so a did:web holder cannot be checked and is
 * refused.
 */

/** A presentation is small: a DIDAuth carries a holder and a proof, nothing else worth 16 KiB. */
export const DID_AUTH_MAX_BYTES = 16 * 1024;
export const DID_AUTH_MAX_DEPTH = 8;
/** How old a DIDAuth proof may be (its `created`), and how far ahead a wallet's clock may run. */
export const DID_AUTH_MAX_AGE_SECONDS = 15 * 60;
export const DID_AUTH_MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type DidAuthRule =
  | 'tooLarge'
  | 'tooDeep'
  | 'includes'
  | 'isDid'
  | 'didMethod'
  | 'required'
  | 'proofType'
  | 'equals'
  | 'ofHolder'
  | 'fresh'
  | 'absent'
  | 'signature';

export type DidAuthOutcome = { ok: true; holder: string } | { ok: false; field: string; rule: DidAuthRule; message: string };

export interface DidAuthExpectation {
  challenge: string;
  domain: string;
  now?: Date;
}

const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';
const CONTEXTS: ReadonlyMap<string, object> = new Map([...KNOWN_CONTEXTS, ...ed25519Signature2020Context.contexts]);
const SUPPORTED_PROOFS = ['Ed25519Signature2020', 'DataIntegrityProof'];

const keyDriver = didKeyDriver();
keyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519VerificationKey2020.from });

/** Contexts from packages, did:key documents (and their keys) from the driver; nothing else. */
export const didAuthDocumentLoader: DocumentLoader = async (url: string) => {
  const context = CONTEXTS.get(url);
  if (context) return { contextUrl: null, documentUrl: url, document: context };
  if (url.startsWith('did:key:z6Mk')) {
    const document = await keyDriver.get({ url });
    return { contextUrl: null, documentUrl: url, document: url.includes('#') ? { '@context': ED25519_2020_CONTEXT, ...document } : document };
  }
  throw new Error(`"${url}" cannot be loaded offline (only known contexts and Ed25519 did:key documents are)`);
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const fail = (field: string, rule: DidAuthRule, message: string): DidAuthOutcome => ({ ok: false, field, rule, message: `${field} ${message}` });

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || typeof value !== 'object' || value === null) return depth;
  let deepest = depth;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child, limit, depth + 1));
  return deepest;
}

const FIELD = 'verifiablePresentation';

/** Verifies a wallet's DIDAuth presentation against the exchange's challenge and domain; the holder DID when it passes. */
export async function verifyDidAuthPresentation(presentation: unknown, expected: DidAuthExpectation): Promise<DidAuthOutcome> {
  if (!isObject(presentation)) return fail(FIELD, 'includes', 'must be a Verifiable Presentation object');
  if (Buffer.byteLength(JSON.stringify(presentation)) > DID_AUTH_MAX_BYTES) return fail(FIELD, 'tooLarge', `must be at most ${DID_AUTH_MAX_BYTES} bytes`);
  if (depthOf(presentation, DID_AUTH_MAX_DEPTH) > DID_AUTH_MAX_DEPTH) return fail(FIELD, 'tooDeep', `must nest at most ${DID_AUTH_MAX_DEPTH} levels`);
  const types = Array.isArray(presentation.type) ? presentation.type : [presentation.type];
  if (!types.includes('VerifiablePresentation')) return fail(`${FIELD}.type`, 'includes', 'must include VerifiablePresentation');
  if (presentation.verifiableCredential !== undefined) return fail(`${FIELD}.verifiableCredential`, 'absent', 'must be absent: DID authentication presents no credential');

  const holder = isObject(presentation.holder) ? presentation.holder.id : presentation.holder;
  if (typeof holder !== 'string' || !/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/.test(holder)) return fail(`${FIELD}.holder`, 'isDid', 'must be a DID');
  if (!holder.startsWith('did:key:z6Mk')) {
    return fail(`${FIELD}.holder`, 'didMethod', 'must be an Ed25519 did:key (the DID method this exchange can resolve without the network)');
  }

  const proofs = Array.isArray(presentation.proof) ? presentation.proof : [presentation.proof];
  if (proofs.length !== 1 || !isObject(proofs[0])) return fail(`${FIELD}.proof`, 'required', 'must be one proof (the DIDAuth signature)');
  const proof = proofs[0];
  if (!SUPPORTED_PROOFS.includes(String(proof.type)) || (proof.type === 'DataIntegrityProof' && proof.cryptosuite !== 'eddsa-rdfc-2022')) {
    return fail(`${FIELD}.proof.type`, 'proofType', 'must be Ed25519Signature2020, or DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite');
  }
  if (proof.proofPurpose !== 'authentication') return fail(`${FIELD}.proof.proofPurpose`, 'equals', 'must be authentication');
  if (proof.challenge !== expected.challenge) return fail(`${FIELD}.proof.challenge`, 'equals', 'must be the challenge of this exchange');
  if (proof.domain !== expected.domain) return fail(`${FIELD}.proof.domain`, 'equals', `must be ${expected.domain}, the domain of this exchange`);
  if (typeof proof.verificationMethod !== 'string' || !proof.verificationMethod.startsWith(`${holder}#`)) {
    return fail(`${FIELD}.proof.verificationMethod`, 'ofHolder', 'must be a key of the holder DID');
  }
  const now = expected.now ?? new Date();
  const created = typeof proof.created === 'string' ? Date.parse(proof.created) : Number.NaN;
  if (Number.isNaN(created)) return fail(`${FIELD}.proof.created`, 'required', 'must be the date-time the proof was made');
  if (now.getTime() - created > DID_AUTH_MAX_AGE_SECONDS * 1000) {
    return fail(`${FIELD}.proof.created`, 'fresh', `must be within the last ${DID_AUTH_MAX_AGE_SECONDS / 60} minutes (the proof has expired)`);
  }
  if (created - now.getTime() > DID_AUTH_MAX_CLOCK_SKEW_SECONDS * 1000) return fail(`${FIELD}.proof.created`, 'fresh', 'must not be in the future');
  if (typeof proof.expires === 'string' && Date.parse(proof.expires) < now.getTime()) return fail(`${FIELD}.proof.expires`, 'fresh', 'has passed (the proof has expired)');

  const result = await vc.verify({
    presentation,
    suite: [new Ed25519Signature2020(), new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })],
    presentationPurpose: new jsigs.purposes.AuthenticationProofPurpose({
      challenge: expected.challenge,
      domain: expected.domain,
      date: now,
      maxTimestampDelta: DID_AUTH_MAX_AGE_SECONDS,
    }),
    documentLoader: didAuthDocumentLoader,
    now,
  });
  if (!result.verified) {
    const reason = firstError(result.error ?? result.presentationResult?.error);
    return fail(`${FIELD}.proof`, 'signature', `does not verify: ${reason} (the presentation was altered after signing, or signed by another key)`);
  }
  return { ok: true, holder };
}

function firstError(error: (Error & { errors?: Error[] }) | undefined): string {
  const first = error?.errors?.[0] ?? error;
  return first?.message?.slice(0, 200) ?? 'the signature is not valid';
}

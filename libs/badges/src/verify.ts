import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { DocumentLoader } from 'jsonld-signatures';
import { LRUCache } from 'lru-cache';
import { checkDataIntegrityProof, DATA_INTEGRITY_CRYPTOSUITE } from './data-integrity.js';
import { JsonTooDeepError, parseBoundedJson } from '@stacks/bounded-json';
import type { DidDocument } from './did.js';
import { offlineDocumentLoader } from './document-loader.js';
import { conflictingJwtClaims, credentialOf, decodeJws, verifyEd25519 } from './jws.js';
import { Bitstring } from './status-list.js';
import { validateCredentialSchema } from './validate.js';

export type VerdictStatus = 'valid' | 'revoked' | 'expired' | 'not-yet-valid' | 'invalid';
export type CheckName = 'format' | 'signature' | 'issuer' | 'schema' | 'status' | 'validity' | 'content';

export interface VerificationCheck {
  check: CheckName;
  passed: boolean;
  message: string;
}

export interface CredentialSummary {
  id: string | null;
  name: string | null;
  issuer: { id: string | null; name: string | null };
  achievement: { id: string | null; name: string | null };
  validFrom: string | null;
  validUntil: string | null;
}

export interface Verdict {
  verified: boolean;
  status: VerdictStatus;
  /** One sentence for a person: "valid: …" or "invalid because …". */
  reason: string;
  checks: VerificationCheck[];
  credential: CredentialSummary | null;
}

export interface VerifyDependencies {
  /** The DID document of an issuer this verifier trusts to resolve; null for unknown DIDs. */
  resolveDidDocument(did: string): Promise<DidDocument | null>;
  /**
   * A BitstringStatusListCredential: its compact JWS, or its JSON with a Data Integrity proof;
   * null when it cannot be obtained.
   */
  loadStatusList(url: string): Promise<string | object | null>;
  /** For a bare JSON credential (no proof): the signed copy (compact JWS) this service issued under that id. */
  findSignedCredential?(id: string): Promise<string | null>;
  now?: Date;
}

const JWS_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const ENVELOPE_PREFIX = 'data:application/vc+jwt,';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function invalid(reason: string, checks: VerificationCheck[], credential: CredentialSummary | null = null): Verdict {
  return { verified: false, status: 'invalid', reason: `invalid because ${reason}`, checks, credential };
}

/**
 * Verifies whatever a caller presents: a compact JWS, a VC 2.0 enveloped credential, a credential
 * JSON with an embedded Data Integrity proof, or a bare credential JSON (checked against the
 * signed copy we issued). Never throws: every failure becomes
 * a verdict whose reason says why.
 */
export async function verifyPresentedCredential(presented: unknown, dependencies: VerifyDependencies): Promise<Verdict> {
  try {
    return await verifyPresentedUnsafe(presented, dependencies);
  } catch (error) {
    // Defensive: a bug or a hostile input must still produce a verdict, not a crash.
    return invalid(`it could not be processed (${error instanceof Error ? error.message : 'unknown error'})`, [
      { check: 'format', passed: false, message: 'unexpected failure while reading the input' },
    ]);
  }
}

async function verifyPresentedUnsafe(presented: unknown, dependencies: VerifyDependencies): Promise<Verdict> {
  if (typeof presented === 'string') {
    const trimmed = presented.trim();
    if (trimmed.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = parseBoundedJson(trimmed);
      } catch (error) {
        if (error instanceof JsonTooDeepError) return invalid(error.message, [{ check: 'format', passed: false, message: 'nested too deeply' }]);
        return invalid('it is neither a compact JWS nor valid JSON', [{ check: 'format', passed: false, message: 'unparseable input' }]);
      }
      return verifyPresentedUnsafe(parsed, dependencies);
    }
    if (!JWS_SHAPE.test(trimmed)) {
      return invalid('it is not a compact JWS (three base64url parts separated by dots) nor a JSON credential', [
        { check: 'format', passed: false, message: 'unrecognised input' },
      ]);
    }
    return verifyJwsCredential(trimmed, dependencies);
  }
  if (!isObject(presented)) {
    return invalid('a credential must be a JSON object or a compact JWS string', [{ check: 'format', passed: false, message: 'unrecognised input' }]);
  }
  const types = Array.isArray(presented.type) ? presented.type : [presented.type];
  if (types.includes('EnvelopedVerifiableCredential') && typeof presented.id === 'string' && presented.id.startsWith(ENVELOPE_PREFIX)) {
    return verifyPresentedUnsafe(presented.id.slice(ENVELOPE_PREFIX.length), dependencies);
  }
  if (presented.proof !== undefined) return verifyDataIntegrityCredential(presented, dependencies);
  const id = text(presented.id);
  const signed = id && dependencies.findSignedCredential ? await dependencies.findSignedCredential(id) : null;
  if (!signed) {
    return invalid('it carries no signature and is not a credential this service issued; present its compact JWS instead', [
      { check: 'signature', passed: false, message: 'no proof and no signed copy' },
    ], summarise(presented));
  }
  const verdict = await verifyJwsCredential(signed, dependencies);
  const decoded = decodeJws(signed);
  // The signed copy carries its Data Integrity proof; the bare JSON is compared without it.
  const differences = decoded.ok ? differingPaths(withoutProof(credentialOf(decoded.payload)), presented) : ['(signed copy unreadable)'];
  if (differences.length > 0) {
    return invalid(`it differs from the credential that was signed (${differences.slice(0, 5).join(', ')})`, [
      ...verdict.checks,
      { check: 'content', passed: false, message: `changed fields: ${differences.slice(0, 20).join(', ')}` },
    ], summarise(presented));
  }
  return { ...verdict, checks: [...verdict.checks, { check: 'content', passed: true, message: 'identical to the signed credential' }] };
}

/** JSON paths whose values differ between two documents. */
export function differingPaths(expected: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return [path || '(root)'];
    return expected.flatMap((item, index) => differingPaths(item, actual[index], `${path}[${index}]`));
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((key) => differingPaths(expected[key], actual[key], path ? `${path}.${key}` : key));
  }
  return Object.is(expected, actual) ? [] : [path || '(root)'];
}

function summarise(payload: Record<string, unknown>): CredentialSummary {
  const issuer = isObject(payload.issuer) ? payload.issuer : { id: payload.issuer };
  const subject = isObject(payload.credentialSubject) ? payload.credentialSubject : {};
  const achievement = isObject(subject.achievement) ? subject.achievement : {};
  return {
    id: text(payload.id),
    name: text(payload.name),
    issuer: { id: text(issuer.id), name: text(issuer.name) },
    achievement: { id: text(achievement.id), name: text(achievement.name) },
    validFrom: text(payload.validFrom),
    validUntil: text(payload.validUntil),
  };
}

interface SignatureResult {
  ok: boolean;
  checks: VerificationCheck[];
  reason?: string;
  payload?: Record<string, unknown>;
}

const withoutProof = (document: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(document).filter(([name]) => name !== 'proof'));

// Every credential of a list points at the same status list: verifying its signature and
// inflating its bits once per distinct (key, list) instead of once per credential halves the work.
const verifiedStatusLists = new LRUCache<string, true>({ max: 64 });
const decodedLists = new LRUCache<string, Bitstring>({ max: 64 });
const publicKeys = new LRUCache<string, KeyObject>({ max: 256 });
// One offline JSON-LD loader per set of dependencies (it resolves DIDs through them).
const documentLoaders = new WeakMap<VerifyDependencies, DocumentLoader>();

function documentLoaderFor(dependencies: VerifyDependencies): DocumentLoader {
  let loader = documentLoaders.get(dependencies);
  if (!loader) {
    loader = offlineDocumentLoader((did) => dependencies.resolveDidDocument(did));
    documentLoaders.set(dependencies, loader);
  }
  return loader;
}

function publicKeyFor(jwk: { x: string }): KeyObject {
  let key = publicKeys.get(jwk.x);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    publicKeys.set(jwk.x, key);
  }
  return key;
}

/** Signature + issuer checks shared by credentials and status lists. */
async function checkSignature(jws: string, dependencies: VerifyDependencies, memoise = false): Promise<SignatureResult> {
  const checks: VerificationCheck[] = [];
  const decoded = decodeJws(jws);
  if (!decoded.ok) {
    checks.push({ check: 'format', passed: false, message: decoded.reason });
    return { ok: false, checks, reason: decoded.reason };
  }
  checks.push({ check: 'format', passed: true, message: 'a compact JWS with a JSON payload' });
  const { header, payload } = decoded;
  if (header.alg !== 'EdDSA') {
    const reason = `its signature algorithm is ${JSON.stringify(header.alg ?? null)}, but only EdDSA (Ed25519) is accepted`;
    checks.push({ check: 'signature', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  const kid = text(header.kid);
  if (!kid || !kid.includes('#')) {
    const reason = 'its header names no key (kid must be "<issuer DID>#<key id>")';
    checks.push({ check: 'signature', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  const keyDid = kid.slice(0, kid.indexOf('#'));
  const issuerId = isObject(payload.issuer) ? text(payload.issuer.id) : text(payload.issuer);
  if (issuerId !== keyDid) {
    const reason = `it was signed with a key of ${keyDid} but names ${issuerId ?? 'no one'} as its issuer`;
    checks.push({ check: 'issuer', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  const document = await dependencies.resolveDidDocument(keyDid);
  if (!document) {
    const reason = `its issuer ${keyDid} is not one this service can resolve (foreign or unknown issuer)`;
    checks.push({ check: 'issuer', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  const method = document.verificationMethod.find((candidate) => candidate.id === kid);
  if (!method) {
    const reason = `the signing key ${kid} is not listed in the issuer's DID document`;
    checks.push({ check: 'issuer', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  checks.push({ check: 'issuer', passed: true, message: `issuer ${keyDid} lists key ${kid}` });
  let publicKey: KeyObject;
  try {
    if (method.type !== 'JsonWebKey' || method.publicKeyJwk.kty !== 'OKP' || method.publicKeyJwk.crv !== 'Ed25519' || typeof method.publicKeyJwk.x !== 'string') {
      throw new Error('not an Ed25519 JWK');
    }
    publicKey = publicKeyFor(method.publicKeyJwk);
  } catch {
    const reason = `the issuer's key ${kid} is not a usable Ed25519 key`;
    checks.push({ check: 'signature', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  // The memo key includes the public key, so a key removed from the DID document stops matching.
  const memoKey = `${publicKey.export({ format: 'jwk' }).x}|${jws}`;
  const known = memoise && verifiedStatusLists.get(memoKey) === true;
  if (!known && !verifyEd25519(decoded.signingInput, decoded.signature, publicKey)) {
    const reason = 'its signature does not match its content (it was altered after signing, or signed by another key)';
    checks.push({ check: 'signature', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  if (memoise && !known) verifiedStatusLists.set(memoKey, true);
  checks.push({ check: 'signature', passed: true, message: 'EdDSA signature verified' });
  // Signed, but a JWT library would read other dates or another issuer than the credential states.
  const conflicts = conflictingJwtClaims(payload);
  if (conflicts.length > 0) {
    const reason = `its JWT claims contradict the credential (${conflicts.join(', ')})`;
    checks.push({ check: 'content', passed: false, message: reason });
    return { ok: false, checks, reason, payload };
  }
  return { ok: true, checks, payload };
}

/** Full verification of a compact VC-JOSE Open Badge credential. */
export async function verifyJwsCredential(jws: string, dependencies: VerifyDependencies): Promise<Verdict> {
  const signature = await checkSignature(jws, dependencies);
  const checks = [...signature.checks];
  const summary = signature.payload ? summarise(signature.payload) : null;
  if (!signature.ok || !signature.payload) return invalid(signature.reason ?? 'its signature could not be checked', checks, summary);
  return checkContentStatusAndDates(signature.payload, checks, dependencies);
}

const proofsOf = (document: Record<string, unknown>): unknown[] =>
  document.proof === undefined ? [] : Array.isArray(document.proof) ? document.proof : [document.proof];

/**
 * The issuer half of a Data Integrity check, in our words: each proof's key belongs to the
 * document's issuer, whose DID we resolve and whose assertionMethod lists that Multikey. Returns
 * the keys' multibase values (for memo keys) or the reason it fails.
 */
async function checkProofIssuer(document: Record<string, unknown>, dependencies: VerifyDependencies): Promise<{ ok: true; keys: string[]; message: string } | { ok: false; reason: string }> {
  const issuerId = isObject(document.issuer) ? text(document.issuer.id) : text(document.issuer);
  const keys: string[] = [];
  for (const proof of proofsOf(document)) {
    const methodId = isObject(proof) ? text(proof.verificationMethod) : null;
    if (!methodId || !methodId.includes('#')) return { ok: false, reason: 'its proof names no verification method ("<issuer DID>#<key id>")' };
    const keyDid = methodId.slice(0, methodId.indexOf('#'));
    if (keyDid !== issuerId) return { ok: false, reason: `it was signed with a key of ${keyDid} but names ${issuerId ?? 'no one'} as its issuer` };
    const document_ = await dependencies.resolveDidDocument(keyDid);
    if (!document_) return { ok: false, reason: `its issuer ${keyDid} is not one this service can resolve (foreign or unknown issuer)` };
    const method = document_.verificationMethod.find((candidate) => candidate.id === methodId);
    if (!method || method.type !== 'Multikey' || !document_.assertionMethod.includes(methodId)) {
      return { ok: false, reason: `the signing key ${methodId} is not a Multikey in the issuer's assertionMethod` };
    }
    keys.push(method.publicKeyMultibase);
  }
  return { ok: true, keys, message: `issuer ${issuerId} lists key${keys.length === 1 ? '' : 's'} ${proofsOf(document).map((proof) => (proof as { verificationMethod: string }).verificationMethod).join(', ')}` };
}

/** Format, issuer and signature checks of a document with embedded Data Integrity proofs. */
async function checkDataIntegrity(document: Record<string, unknown>, dependencies: VerifyDependencies, memoise = false): Promise<SignatureResult> {
  const checks: VerificationCheck[] = [];
  const fail = (check: CheckName, reason: string): SignatureResult => {
    checks.push({ check, passed: false, message: reason });
    return { ok: false, checks, reason, payload: document };
  };
  const proofs = proofsOf(document);
  const unsupported = proofs.find((proof) => !isObject(proof) || proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== DATA_INTEGRITY_CRYPTOSUITE);
  if (proofs.length === 0 || unsupported !== undefined) {
    const what = isObject(unsupported) ? `${String(unsupported.type)} / ${String(unsupported.cryptosuite ?? 'no cryptosuite')}` : 'not a proof object';
    return fail('format', `its proof is not an ${DATA_INTEGRITY_CRYPTOSUITE} Data Integrity proof (${proofs.length === 0 ? 'empty' : what})`);
  }
  checks.push({ check: 'format', passed: true, message: `a JSON credential with an embedded Data Integrity proof (${DATA_INTEGRITY_CRYPTOSUITE})` });
  const issuer = await checkProofIssuer(document, dependencies);
  if (!issuer.ok) return fail('issuer', issuer.reason);
  checks.push({ check: 'issuer', passed: true, message: issuer.message });
  // The memo key covers the whole document and the keys, so any change or a retired key misses it.
  const memoKey = memoise ? `${issuer.keys.join(',')}|${createHash('sha256').update(JSON.stringify(document)).digest('base64url')}` : null;
  if (!(memoKey && verifiedStatusLists.get(memoKey))) {
    const result = await checkDataIntegrityProof(document, documentLoaderFor(dependencies));
    if (!result.verified) return fail('signature', `its Data Integrity proof does not verify: ${result.reason}`);
    if (memoKey) verifiedStatusLists.set(memoKey, true);
  }
  checks.push({ check: 'signature', passed: true, message: `${DATA_INTEGRITY_CRYPTOSUITE} proof verified over the canonical (RDFC-1.0) form` });
  return { ok: true, checks, payload: document };
}

/** Full verification of a credential JSON with an embedded Data Integrity proof. */
async function verifyDataIntegrityCredential(credential: Record<string, unknown>, dependencies: VerifyDependencies): Promise<Verdict> {
  const proof = await checkDataIntegrity(credential, dependencies);
  if (!proof.ok) return invalid(proof.reason ?? 'its proof could not be checked', proof.checks, summarise(credential));
  return checkContentStatusAndDates(credential, [...proof.checks], dependencies);
}

/** What follows a sound signature, for either proof format: schema, revocation status, dates. */
async function checkContentStatusAndDates(payload: Record<string, unknown>, checks: VerificationCheck[], dependencies: VerifyDependencies): Promise<Verdict> {
  const summary = summarise(payload);
  const schema = validateCredentialSchema(payload);
  if (!schema.valid) {
    checks.push({ check: 'schema', passed: false, message: schema.errors.join('; ') });
    return invalid(`it does not match the Open Badges 3.0 schema (${schema.errors.slice(0, 3).join('; ')})`, checks, summary);
  }
  checks.push({ check: 'schema', passed: true, message: 'matches the Open Badges 3.0 AchievementCredential schema' });

  const revoked = await checkStatus(payload, dependencies, checks);
  if (revoked === null) return invalid(checks[checks.length - 1].message, checks, summary);

  const now = dependencies.now ?? new Date();
  const validFrom = Date.parse(String(payload.validFrom));
  const validUntil = payload.validUntil === undefined ? null : Date.parse(String(payload.validUntil));
  let status: VerdictStatus = revoked ? 'revoked' : 'valid';
  if (Number.isNaN(validFrom) || (validUntil !== null && Number.isNaN(validUntil))) {
    checks.push({ check: 'validity', passed: false, message: 'validFrom or validUntil is not a date' });
    return invalid('its validity dates are not dates', checks, summary);
  }
  if (validFrom > now.getTime()) {
    checks.push({ check: 'validity', passed: false, message: `not valid before ${payload.validFrom}` });
    if (status === 'valid') status = 'not-yet-valid';
  } else if (validUntil !== null && validUntil < now.getTime()) {
    checks.push({ check: 'validity', passed: false, message: `expired on ${payload.validUntil}` });
    if (status === 'valid') status = 'expired';
  } else {
    checks.push({ check: 'validity', passed: true, message: validUntil === null ? 'valid from its start date, no expiry' : `valid until ${payload.validUntil}` });
  }
  const reasons: Record<VerdictStatus, string> = {
    valid: `valid: signed by ${summary?.issuer.name ?? summary?.issuer.id}, not revoked, within its validity period`,
    revoked: 'invalid because the issuer has revoked it',
    expired: `invalid because it expired on ${payload.validUntil}`,
    'not-yet-valid': `invalid because it is not valid before ${payload.validFrom}`,
    invalid: 'invalid',
  };
  return { verified: status === 'valid', status, reason: reasons[status], checks, credential: summary };
}

/** true = revoked, false = not revoked, null = status could not be established (message pushed). */
async function checkStatus(payload: Record<string, unknown>, dependencies: VerifyDependencies, checks: VerificationCheck[]): Promise<boolean | null> {
  const entry = payload.credentialStatus;
  const fail = (message: string) => {
    checks.push({ check: 'status', passed: false, message });
    return null;
  };
  if (entry === undefined) {
    checks.push({ check: 'status', passed: true, message: 'the credential has no status entry' });
    return false;
  }
  if (!isObject(entry) || entry.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') {
    return fail('its status entry is not a revocation BitstringStatusListEntry');
  }
  const index = Number(entry.statusListIndex);
  const url = text(entry.statusListCredential);
  if (!url || !Number.isInteger(index) || index < 0) return fail('its status entry lacks a list URL or a valid index');
  const served = await dependencies.loadStatusList(url);
  if (!served) return fail(`its status list ${url} could not be obtained, so revocation cannot be ruled out`);
  const list = typeof served === 'string' ? await checkSignature(served, dependencies, true) : await checkDataIntegrity(served as Record<string, unknown>, dependencies, true);
  if (!list.ok || !list.payload) return fail(`its status list is not trustworthy: ${list.reason}`);
  // The list was obtained just now, so its freshness is judged by the clock, not by `now` (which may
  // ask about a credential at another moment).
  const listValidUntil = list.payload.validUntil === undefined ? null : Date.parse(String(list.payload.validUntil));
  if (listValidUntil !== null && !(listValidUntil >= Date.now())) {
    return fail(`its status list expired on ${String(list.payload.validUntil)}, so revocation cannot be ruled out`);
  }
  const listIssuer = isObject(list.payload.issuer) ? text(list.payload.issuer.id) : text(list.payload.issuer);
  const credentialIssuer = isObject(payload.issuer) ? text(payload.issuer.id) : text(payload.issuer);
  if (list.payload.id !== url) return fail('its status list credential does not carry the URL it was fetched from');
  // A division's credentials may use its parent site's list: same did:web host, same controller.
  if (listIssuer !== credentialIssuer && !sameDidWebSite(listIssuer, credentialIssuer)) {
    return fail('its status list was issued by someone other than its issuer');
  }
  const subject = isObject(list.payload.credentialSubject) ? list.payload.credentialSubject : {};
  const encodedList = String(subject.encodedList);
  let bits = decodedLists.get(encodedList);
  if (!bits) {
    try {
      bits = Bitstring.decode(encodedList);
    } catch {
      return fail('its status list cannot be decoded');
    }
    decodedLists.set(encodedList, bits);
  }
  if (index >= bits.length) return fail(`its status index ${index} is beyond the end of the list`);
  const revoked = bits.get(index);
  checks.push({ check: 'status', passed: !revoked, message: revoked ? 'revoked by the issuer' : 'not revoked' });
  return revoked;
}

/** Whether two DIDs are did:web identifiers of the same host (a site and its sub-paths). */
export function sameDidWebSite(a: string | null, b: string | null): boolean {
  const host = (did: string | null) => (did?.startsWith('did:web:') ? did.split(':')[2] : null);
  return host(a) !== null && host(a) === host(b);
}

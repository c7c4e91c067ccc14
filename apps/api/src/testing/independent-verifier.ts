import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import * as verifierCore from '@digitalcredentials/verifier-core';
import { achievementCredentialSchema, KNOWN_CONTEXTS, OB_ACHIEVEMENT_CREDENTIAL_SCHEMA } from '@stacks/badges';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import extractChunks from 'png-chunks-extract';
import type { TestApp } from './test-app.js';

/**
 * The independent check: `jose` (not our code) verifies a credential's JWS with the key that
 * our published DID document lists for the JWS's `kid`.
 */
export async function verifyWithJose(app: Pick<TestApp, 'inject'>, jws: string) {
  const { kid } = decodeProtectedHeader(jws);
  const did = (kid as string).split('#')[0];
  const path = did === 'did:web:localhost%3A3000' ? '/.well-known/did.json' : `/${did.split(':').slice(3).join('/')}/did.json`;
  const document = (await app.inject({ method: 'GET', url: path })).json();
  const method = document.verificationMethod.find((candidate: { id: string }) => candidate.id === kid);
  const key = await importJWK(method.publicKeyJwk, 'EdDSA');
  // jose also checks the JWT claims: the issuer is the DID that holds the key, and nbf/exp hold.
  return jwtVerify(jws, key, { typ: 'vc+jwt', algorithms: ['EdDSA'], issuer: did, requiredClaims: ['iss', 'jti', 'nbf'] });
}

/** The text of the `openbadgecredential` iTXt chunk, found by png-chunks-extract (not our PNG reader). */
export function readBakedPngWithIndependentReader(png: Buffer): { keyword: string; text: string } {
  const chunk = extractChunks(png).find((candidate) => candidate.name === 'iTXt' && Buffer.from(candidate.data).toString('latin1').startsWith('openbadgecredential\0'));
  if (!chunk) throw new Error('no openbadgecredential iTXt chunk');
  const data = Buffer.from(chunk.data);
  // iTXt: keyword NUL, compression flag, method, language tag NUL, translated keyword NUL, text.
  const keywordEnd = data.indexOf(0);
  if (data[keywordEnd + 1] !== 0) throw new Error('the baked credential is compressed');
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  return { keyword: data.subarray(0, keywordEnd).toString('latin1'), text: data.subarray(translatedEnd + 1).toString('utf8') };
}

const API_ORIGINS = ['http://localhost:3000', 'https://localhost:3000'];

/** The path of a did:web document of the test API, or null for any other DID. */
function didDocumentPath(did: string): string | null {
  if (did === 'did:web:localhost%3A3000') return '/.well-known/did.json';
  if (!did.startsWith('did:web:localhost%3A3000:')) return null;
  return `/${did.split(':').slice(3).map(decodeURIComponent).join('/')}/did.json`;
}

/**
 * A JSON-LD document loader for the independent verifiers: contexts from the context packages,
 * our DID documents and status lists from the test's running API, and nothing from the network.
 */
export function apiDocumentLoader(app: Pick<TestApp, 'inject'>) {
  return async (url: string) => {
    const context = KNOWN_CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const [did, fragment] = url.split('#');
    const didPath = url.startsWith('did:') ? didDocumentPath(did) : null;
    if (didPath) {
      const document = (await app.inject({ method: 'GET', url: didPath })).json();
      if (fragment === undefined) return { contextUrl: null, documentUrl: url, document };
      const method = document.verificationMethod.find((candidate: { id: string }) => candidate.id === url);
      return { contextUrl: null, documentUrl: url, document: { '@context': document['@context'], ...method } };
    }
    const origin = API_ORIGINS.find((candidate) => url.startsWith(`${candidate}/`));
    if (origin) {
      const response = await app.inject({ method: 'GET', url: url.slice(origin.length) });
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      return { contextUrl: null, documentUrl: url, document: response.json() };
    }
    throw new Error(`the test refuses to fetch ${url}`);
  };
}

/**
 * @digitalbazaar/vc + the eddsa-rdfc-2022 cryptosuite verify a credential's proof and dates, and
 * @digitalbazaar/vc-bitstring-status-list reads its status (issuers must match), all from the API.
 */
export async function verifyWithDigitalBazaar(app: Pick<TestApp, 'inject'>, credential: object) {
  const documentLoader = apiDocumentLoader(app);
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: ({ credential: checked }) => checkStatus({ credential: checked, documentLoader, suite, verifyMatchingIssuers: true }),
  });
  const statusResults = (result.statusResult as { results?: { status: boolean }[] } | undefined)?.results ?? [];
  return { verified: result.verified, revoked: statusResults.some((entry) => entry.status), error: result.error };
}

/**
 * The DCC Learner Credential Wallet's verifier, `@digitalcredentials/verifier-core`, exactly as the
 * wallet calls it. It fetches DID documents (did:web → https), status lists and the credential's
 * JSON Schema with the global fetch; for the duration of the call that fetch answers from the
 * test's API (and the schema from the 1EdTech copy the repository keeps) and refuses the network.
 */
export async function verifyWithVerifierCore(app: Pick<TestApp, 'inject'>, credential: object) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === OB_ACHIEVEMENT_CREDENTIAL_SCHEMA.id) return Response.json(achievementCredentialSchema);
    const origin = API_ORIGINS.find((candidate) => url.startsWith(`${candidate}/`));
    if (!origin) throw new TypeError(`the test refuses to fetch ${url}`);
    const response = await app.inject({ method: 'GET', url: url.slice(origin.length), headers: { accept: 'application/json' } });
    return new Response(response.rawPayload, { status: response.statusCode, headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') } });
  };
  try {
    return await verifierCore.verifyCredential({ credential, knownDIDRegistries: [] });
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** The outcome of one of verifier-core's steps (valid_signature, expiration, revocation_status), or its fatal errors. */
export function verifierCoreStep(result: Awaited<ReturnType<typeof verifyWithVerifierCore>>, id: string): boolean | string {
  if (result.errors?.length) return result.errors.map((error) => `${error.name}: ${error.message}`).join('; ');
  const step = result.log?.find((entry) => entry.id === id);
  return step?.error ? `${step.error.name}: ${step.error.message}` : (step?.valid ?? 'missing');
}

// Badge signing + verification throughput: the VC-JOSE path against raw node:crypto Ed25519 on the
// same payload, and the Data Integrity path against bare @digitalbazaar/vc issue + verify calls on
// the same credentials, in the same run; plus what RDF canonicalisation alone costs per credential.
import { sign, verify } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { fromJwk } from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import jsonld from 'jsonld';
import {
  addDataIntegrityProof,
  Bitstring,
  buildDidDocument,
  buildOpenBadgeCredential,
  buildStatusListCredential,
  type CredentialInput,
  didWebFor,
  ed25519FromSeed,
  multikeyMethodId,
  offlineDocumentLoader,
  signCredentialJws,
  signOpenBadge,
  validateCredentialSchema,
  verifyPresentedCredential,
  type VerifyDependencies,
} from '@stacks/badges';

export interface BadgeThroughput {
  credentials: number;
  /** sign + verify pairs per second */
  perSecond: number;
  msPerCredential: number;
}

export interface BadgesBenchResult {
  rawBaseline: BadgeThroughput;
  stacks: BadgeThroughput;
  /** Stacks throughput / raw Ed25519 throughput. */
  ratio: number;
  dataIntegrity: {
    /** Bare @digitalbazaar/vc issue + verifyCredential with the same suite, loader and credentials. */
    libraryBaseline: BadgeThroughput;
    /** signOpenBadge (schema, DI proof, JWS wrap) + verifyPresentedCredential of the JSON (proof, issuer, schema, status, dates). */
    stacks: BadgeThroughput;
    /** Stacks / library throughput (target >= 0.8). */
    ratio: number;
    /** jsonld.canonize (RDFC-1.0, safe mode) of one credential: the part of signing and of verifying that is neither hashing nor Ed25519. */
    canonicalisationMsPerCredential: number;
  };
  verifiedAll: boolean;
}

const CREDENTIALS = 3000;
// Data Integrity signing canonicalises the credential (RDFC-1.0): far fewer are enough for a stable figure.
const DI_CREDENTIALS = Number(process.env.BENCH_DI_CREDENTIALS ?? 300);

export async function benchBadges(): Promise<BadgesBenchResult> {
  const baseUrl = 'https://stacks.example.org';
  const did = didWebFor(baseUrl, ['issuers', 'ala-ppo']);
  const key = ed25519FromSeed('bench-key', Buffer.alloc(32, 7));
  const statusListUrl = `${baseUrl}/api/v1/status-lists/bench`;
  const rootDid = didWebFor(baseUrl);
  // A verifier caches the status list for its validity window; so does this benchmark.
  const statusListJws = signCredentialJws(
    buildStatusListCredential({ id: statusListUrl, issuerDid: rootDid, validFrom: new Date(), bits: new Bitstring() }),
    rootDid,
    key,
  );
  const resolveDidDocument = async (requested: string) => (requested === did || requested === rootDid ? buildDidDocument(requested, [key]) : null);
  const dependencies: VerifyDependencies = {
    resolveDidDocument,
    loadStatusList: async (url) => (url === statusListUrl ? statusListJws : null),
  };
  const input = (index: number): CredentialInput => ({
    id: `${baseUrl}/api/v1/credentials/00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    issuer: { id: did, name: 'ALA Public Programs Office', url: 'https://programminglibrarian.org' },
    achievement: {
      id: `${baseUrl}/api/v1/achievements/large-urban`,
      name: 'Dialogue Facilitation for Large and Urban Public Libraries',
      description: 'Finished the three-part webinar series.',
      criteriaNarrative: 'Watch all three webinars, live or recorded.',
      imageUrl: `${baseUrl}/api/v1/achievements/large-urban/image.svg`,
      tags: ['dialogue facilitation', 'community engagement'],
    },
    recipient: { email: `learner${index}@example.org`, salt: 'bench-salt' },
    validFrom: new Date(),
    status: { statusListCredential: statusListUrl, statusListIndex: index },
  });
  const credentials = Array.from({ length: CREDENTIALS }, (_, index) => buildOpenBadgeCredential(input(index)));

  // Warm up both paths (JIT, schema compilation).
  for (let index = 0; index < 200; index += 1) {
    await verifyPresentedCredential(signJwsOnly(credentials[index], did, key), dependencies);
  }

  // Baseline: the cryptography alone, on the same serialized payloads.
  const payloads = credentials.map((credential) => Buffer.from(JSON.stringify(credential)));
  let started = performance.now();
  let rawOk = true;
  for (const payload of payloads) {
    const signature = sign(null, payload, key.privateKey);
    rawOk = verify(null, payload, key.publicKey, signature) && rawOk;
  }
  const rawMs = performance.now() - started;

  // Stacks: schema validation + VC-JOSE signing, then full verification (DID key lookup,
  // signature, schema, status list signature and bit, dates).
  started = performance.now();
  let allValid = true;
  for (const credential of credentials) {
    const verdict = await verifyPresentedCredential(signJwsOnly(credential, did, key), dependencies);
    allValid = verdict.verified && allValid;
  }
  const stacksMs = performance.now() - started;

  const throughput = (ms: number, count = CREDENTIALS): BadgeThroughput => ({
    credentials: count,
    perSecond: Math.round((count / ms) * 1000),
    msPerCredential: Number((ms / count).toFixed(3)),
  });
  const rawBaseline = throughput(rawMs);
  const stacks = throughput(stacksMs);

  // --- Data Integrity (eddsa-rdfc-2022) ---------------------------------------------------------
  const documentLoader = offlineDocumentLoader(resolveDidDocument);
  const statusListWithProof = await addDataIntegrityProof(
    buildStatusListCredential({ id: statusListUrl, issuerDid: did, validFrom: new Date(), bits: new Bitstring() }),
    did,
    key,
    documentLoader,
  );
  const diDependencies: VerifyDependencies = { resolveDidDocument, loadStatusList: async (url) => (url === statusListUrl ? statusListWithProof : null) };
  const diCredentials = credentials.slice(0, DI_CREDENTIALS);
  const keyPair = await fromJwk({ jwk: key.privateKey.export({ format: 'jwk' }), secretKey: true, id: multikeyMethodId(did, key.keyId), controller: did });
  const bareIssueAndVerify = async (credential: object) => {
    const signed = await vc.issue({ credential: structuredClone(credential), suite: new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 }), documentLoader });
    const result = await vc.verifyCredential({ credential: signed, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader, checkStatus: async () => ({ verified: true }) });
    return result.verified;
  };
  const stacksIssueAndVerify = async (credential: (typeof credentials)[number]) => {
    const signed = await signOpenBadge(credential, did, key);
    return (await verifyPresentedCredential(signed.credential, diDependencies)).verified;
  };
  for (const credential of diCredentials.slice(0, 20)) {
    await bareIssueAndVerify(credential);
    await stacksIssueAndVerify(credential);
  }
  // Interleaved halves, so that neither side gets the quieter half of a loaded machine.
  let libraryMs = 0;
  let stacksDiMs = 0;
  for (const half of [diCredentials.slice(0, DI_CREDENTIALS / 2), diCredentials.slice(DI_CREDENTIALS / 2)]) {
    started = performance.now();
    for (const credential of half) allValid = (await bareIssueAndVerify(credential)) && allValid;
    libraryMs += performance.now() - started;
    started = performance.now();
    for (const credential of half) allValid = (await stacksIssueAndVerify(credential)) && allValid;
    stacksDiMs += performance.now() - started;
  }
  started = performance.now();
  for (const credential of diCredentials) await jsonld.canonize(credential, { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader });
  const canonicalisationMs = (performance.now() - started) / diCredentials.length;
  const libraryBaseline = throughput(libraryMs, diCredentials.length);
  const stacksDi = throughput(stacksDiMs, diCredentials.length);
  return {
    rawBaseline,
    stacks,
    ratio: stacks.perSecond / rawBaseline.perSecond,
    dataIntegrity: {
      libraryBaseline,
      stacks: stacksDi,
      ratio: stacksDi.perSecond / libraryBaseline.perSecond,
      canonicalisationMsPerCredential: Number(canonicalisationMs.toFixed(3)),
    },
    verifiedAll: allValid && rawOk,
  };
}

/** The VC-JOSE-only path (schema check, then JWS), as credentials were signed before Data Integrity proofs. */
function signJwsOnly(credential: ReturnType<typeof buildOpenBadgeCredential>, did: string, key: ReturnType<typeof ed25519FromSeed>): string {
  if (!validateCredentialSchema(credential).valid) throw new Error('bench credential does not match the schema');
  return signCredentialJws(credential, did, key);
}

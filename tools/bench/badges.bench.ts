// Badge signing + verification throughput, against raw node:crypto Ed25519 on the same payload.
import { sign, verify } from 'node:crypto';
import {
  Bitstring,
  buildDidDocument,
  buildOpenBadgeCredential,
  buildStatusListCredential,
  type CredentialInput,
  didWebFor,
  ed25519FromSeed,
  signCredentialJws,
  signOpenBadge,
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
  verifiedAll: boolean;
}

const CREDENTIALS = 3000;

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
  const dependencies: VerifyDependencies = {
    resolveDidDocument: async (requested) => (requested === did || requested === rootDid ? buildDidDocument(requested, [key]) : null),
    loadStatusListJws: async (url) => (url === statusListUrl ? statusListJws : null),
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
    const jws = signOpenBadge(credentials[index], did, key);
    await verifyPresentedCredential(jws, dependencies);
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
    const jws = signOpenBadge(credential, did, key);
    const verdict = await verifyPresentedCredential(jws, dependencies);
    allValid = verdict.verified && allValid;
  }
  const stacksMs = performance.now() - started;

  const throughput = (ms: number): BadgeThroughput => ({
    credentials: CREDENTIALS,
    perSecond: Math.round((CREDENTIALS / ms) * 1000),
    msPerCredential: Number((ms / CREDENTIALS).toFixed(3)),
  });
  const rawBaseline = throughput(rawMs);
  const stacks = throughput(stacksMs);
  return { rawBaseline, stacks, ratio: stacks.perSecond / rawBaseline.perSecond, verifiedAll: allValid && rawOk };
}

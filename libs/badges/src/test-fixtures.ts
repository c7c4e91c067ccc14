import { buildOpenBadgeCredential, type CredentialInput, type OpenBadgeCredential } from './credential.js';
import { buildDidDocument, didWebFor } from './did.js';
import { addDataIntegrityProof, type WithProof } from './data-integrity.js';
import { offlineDocumentLoader } from './document-loader.js';
import { signOpenBadge } from './issue.js';
import { signCredentialJws } from './jws.js';
import { ed25519FromSeed, type SigningKey } from './keys.js';
import { Bitstring, buildStatusListCredential } from './status-list.js';
import type { VerifyDependencies } from './verify.js';

/** The checks of a sound credential's verdict, in order, each passed. */
export const EVERY_CHECK_PASSED = [
  ['format', true],
  ['issuer', true],
  ['signature', true],
  ['schema', true],
  ['status', true],
  ['validity', true],
];

/** A small issuer world for unit specs: one DID, its keys, one status list served from memory. */
export function testIssuer(options: { keys?: SigningKey[] } = {}) {
  const did = didWebFor('https://badges.test');
  const keys = options.keys ?? [ed25519FromSeed('key-1', Buffer.alloc(32, 1))];
  const active = keys[keys.length - 1];
  const statusListUrl = 'https://badges.test/api/v1/status-lists/1';
  const bits = new Bitstring();
  const input = (overrides: Partial<CredentialInput> = {}): CredentialInput => ({
    id: 'https://badges.test/api/v1/credentials/0b9d6f0e-4ad4-4a55-9f5e-3f1f0a4b1c2d',
    issuer: { id: did, name: 'American Library Association', url: 'https://www.ala.org' },
    achievement: {
      id: 'https://badges.test/api/v1/achievements/dialogue',
      name: 'Dialogue facilitation: large and urban public libraries',
      description: 'Completed the three-part webinar series.',
      criteriaNarrative: 'View all three webinars of the series, live or recorded.',
      imageUrl: 'https://badges.test/api/v1/achievements/dialogue/image.svg',
      tags: ['dialogue', 'community engagement'],
      alignment: [{ targetName: 'Community engagement', targetUrl: 'https://example.org/competencies/engagement' }],
    },
    recipient: { email: 'maya@example.org', salt: 'pepper' },
    validFrom: new Date('2026-01-01T00:00:00Z'),
    status: { statusListCredential: statusListUrl, statusListIndex: 7 },
    ...overrides,
  });
  const issue = (overrides: Partial<CredentialInput> = {}): { credential: OpenBadgeCredential; jws: string } => {
    const credential = buildOpenBadgeCredential(input(overrides));
    return { credential, jws: signCredentialJws(credential, did, active) };
  };
  /** A credential as Stacks issues it now: Data Integrity proof, and the JWS wrapping it. */
  const issueWithProof = (overrides: Partial<CredentialInput> = {}) => signOpenBadge(buildOpenBadgeCredential(input(overrides)), did, active);
  const statusList = () => buildStatusListCredential({ id: statusListUrl, issuerDid: did, validFrom: new Date('2026-01-01T00:00:00Z'), bits });
  const statusListJws = () => signCredentialJws(statusList(), did, active);
  const statusListWithProof = (): Promise<WithProof<object>> => addDataIntegrityProof(statusList(), did, active, offlineDocumentLoader(async () => null));
  const dependencies = (overrides: Partial<VerifyDependencies> = {}): VerifyDependencies => ({
    resolveDidDocument: async (requested) => (requested === did ? buildDidDocument(did, keys) : null),
    loadStatusList: async (url) => (url === statusListUrl ? statusListJws() : null),
    now: new Date('2026-06-01T00:00:00Z'),
    ...overrides,
  });
  return { did, keys, active, bits, statusListUrl, input, issue, issueWithProof, statusListJws, statusListWithProof, dependencies };
}

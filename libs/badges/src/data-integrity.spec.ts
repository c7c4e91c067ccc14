import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import jsonld from 'jsonld';
import { buildDidDocument } from './did.js';
import { offlineDocumentLoader } from './document-loader.js';
import { credentialOf, decodeJws } from './jws.js';
import { ed25519FromSeed } from './keys.js';
import { EVERY_CHECK_PASSED, testIssuer } from './test-fixtures.js';
import { verifyPresentedCredential } from './verify.js';

type Json = Record<string, unknown>;

/** Every path to a string leaf of a JSON document (the proof left out): the fields a forger could edit. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (path.length === 0 && key === 'proof' ? [] : leafPaths(item, [...path, key])));
  }
  return [];
}

function edited(document: Json, path: (string | number)[]): Json {
  const copy = structuredClone(document);
  let node = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const current = String(node[last]);
  // Keep dates dates and URLs URLs, so it is the proof (not the schema) that catches the change.
  node[last] = /^\d{4}-\d\d-\d\dT/.test(current) ? current.replace(/^\d{4}/, '2025') : `${current}x`;
  return copy;
}

describe('Data Integrity proofs (eddsa-rdfc-2022)', () => {
  const world = testIssuer();

  it('every issued credential carries one eddsa-rdfc-2022 proof, as an array, by the issuer’s Multikey; the JWS wraps it', async () => {
    const { credential, jws } = await world.issueWithProof();
    expect(credential.proof).toEqual([
      expect.objectContaining({
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: `${world.did}#key-1-multikey`,
        proofValue: expect.stringMatching(/^z/),
      }),
    ]);
    const decoded = decodeJws(jws);
    expect(decoded.ok && credentialOf(decoded.payload)).toEqual(credential);
  });

  it('our verifier explains each check of a sound credential, and of its JWS form', async () => {
    const { credential, jws } = await world.issueWithProof();
    const verdict = await verifyPresentedCredential(credential, world.dependencies());
    expect(verdict).toMatchObject({ verified: true, status: 'valid' });
    expect(verdict.checks.map((check) => [check.check, check.passed])).toEqual(EVERY_CHECK_PASSED);
    expect(verdict.checks[2].message).toMatch(/eddsa-rdfc-2022 proof verified/);
    expect(await verifyPresentedCredential(jws, world.dependencies())).toMatchObject({ verified: true, status: 'valid' });
  });

  it('@digitalbazaar/vc verifies it with the published DID document alone', async () => {
    const { credential } = await world.issueWithProof();
    const loader = offlineDocumentLoader(async (did) => (did === world.did ? buildDidDocument(did, world.keys) : null));
    const result = await vc.verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      documentLoader: loader,
      checkStatus: async () => ({ verified: true }),
      now: new Date('2026-06-01T00:00:00Z'),
    });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it('JSON-LD expansion in safe mode drops no term of the credential (and would refuse one it cannot map)', async () => {
    const { credential } = await world.issueWithProof();
    const loader = offlineDocumentLoader(async () => null);
    await expect(jsonld.expand(credential, { documentLoader: loader, safe: true })).resolves.toHaveLength(1);
    await expect(jsonld.expand({ ...credential, undefinedTerm: 'x' }, { documentLoader: loader, safe: true })).rejects.toThrow(/Safe mode/);
  });

  it('detects a change to any field of the signed credential', async () => {
    const { credential } = await world.issueWithProof();
    const paths = leafPaths(credential);
    expect(paths.length).toBeGreaterThan(25);
    for (const path of paths) {
      const verdict = await verifyPresentedCredential(edited(credential as unknown as Json, path), world.dependencies());
      if (verdict.verified) throw new Error(`a change to ${path.join('.')} went unnoticed`);
      expect(verdict.status).toBe('invalid');
    }
  }, 60_000);

  it('detects a changed proof, a proof moved to another key, and an added undefined term', async () => {
    const { credential } = await world.issueWithProof();
    const [proof] = credential.proof;
    const flipped = { ...credential, proof: [{ ...proof, proofValue: `${proof.proofValue.slice(0, -2)}${proof.proofValue.endsWith('1') ? '22' : '11'}` }] };
    expect((await verifyPresentedCredential(flipped, world.dependencies())).reason).toMatch(/Data Integrity proof does not verify/);
    const redated = { ...credential, proof: [{ ...proof, created: '2020-01-01T00:00:00Z' }] };
    expect((await verifyPresentedCredential(redated, world.dependencies())).verified).toBe(false);
    const stranger = { ...credential, proof: [{ ...proof, verificationMethod: 'did:web:evil.example#key-1-multikey' }] };
    expect((await verifyPresentedCredential(stranger, world.dependencies())).checks).toContainEqual(expect.objectContaining({ check: 'issuer', passed: false }));
    const extra = { ...credential, undefinedTerm: 'smuggled' };
    expect((await verifyPresentedCredential(extra, world.dependencies())).reason).toMatch(/Safe mode validation error/);
    const otherSuite = { ...credential, proof: [{ ...proof, cryptosuite: 'ecdsa-rdfc-2019' }] };
    expect((await verifyPresentedCredential(otherSuite, world.dependencies())).reason).toMatch(/not an eddsa-rdfc-2022 Data Integrity proof/);
  });

  it('an unknown context is a clear failure: nothing is fetched', async () => {
    const { credential } = await world.issueWithProof();
    const foreign = { ...credential, '@context': [...credential['@context'], 'https://example.org/unknown-context.jsonld'] };
    const verdict = await verifyPresentedCredential(foreign, world.dependencies());
    expect(verdict.verified).toBe(false);
    expect(verdict.reason).toContain('"https://example.org/unknown-context.jsonld" is not a JSON-LD context Stacks knows');
  });

  it('reads a Data Integrity status list: revoked shows as revoked, a flipped bit without a new proof is refused', async () => {
    const revokedWorld = testIssuer();
    const { credential } = await revokedWorld.issueWithProof();
    const list = await revokedWorld.statusListWithProof();
    const withList = revokedWorld.dependencies({ loadStatusList: async () => list });
    expect((await verifyPresentedCredential(credential, withList)).status).toBe('valid');
    revokedWorld.bits.set(7, true);
    const revokedList = await revokedWorld.statusListWithProof();
    const revoked = await verifyPresentedCredential(credential, revokedWorld.dependencies({ loadStatusList: async () => revokedList }));
    expect(revoked).toMatchObject({ verified: false, status: 'revoked' });
    // The forger copies the old proof onto the revoked list's bits (or the other way round).
    const forged = { ...revokedList, proof: list.proof };
    const refused = await verifyPresentedCredential(credential, revokedWorld.dependencies({ loadStatusList: async () => forged }));
    expect(refused.status).toBe('invalid');
    expect(refused.reason).toMatch(/status list is not trustworthy/);
  });

  it('a credential signed before a key rotation verifies while the DID document still lists the old key', async () => {
    const oldKey = ed25519FromSeed('2025', Buffer.alloc(32, 3));
    const newKey = ed25519FromSeed('2026', Buffer.alloc(32, 4));
    const before = testIssuer({ keys: [oldKey] });
    const { credential } = await before.issueWithProof();
    const after = testIssuer({ keys: [oldKey, newKey] });
    expect((await verifyPresentedCredential(credential, after.dependencies())).status).toBe('valid');
    expect((await after.issueWithProof()).credential.proof[0].verificationMethod).toBe(`${after.did}#2026-multikey`);
    const dropped = testIssuer({ keys: [newKey] });
    expect((await verifyPresentedCredential(credential, dropped.dependencies())).checks).toContainEqual(expect.objectContaining({ check: 'issuer', passed: false }));
  });
});

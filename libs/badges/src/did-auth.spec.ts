import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { fromJwk } from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import ed25519Signature2020Context from 'ed25519-signature-2020-context';
import type { DocumentLoader } from 'jsonld-signatures';
import { generateKeyPairSync } from 'node:crypto';
import { verifyDidAuthPresentation } from './did-auth.js';
import { createDidKeyWallet } from './did-key-wallet.js';
import { KNOWN_CONTEXTS } from './document-loader.js';

const CHALLENGE = '3f0c6b7e-8f51-4d5e-9a57-1c1d2f0b9e11';
const DOMAIN = 'stacks.example.org';

// A wallet's loader: contexts only (what it signs with is all it needs).
const contexts = new Map([...KNOWN_CONTEXTS, ...ed25519Signature2020Context.contexts]);
const walletLoader: DocumentLoader = async (url) => {
  const document = contexts.get(url);
  if (!document) throw new Error(`the wallet has no ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

// The wallet's side, as the Learner Credential Wallet does it: a fresh did:key, a presentation
// with the VC 1.1 context, signed for authentication with the exchange's challenge and domain.
async function didAuth(options: { challenge?: string; domain?: string; date?: Date } = {}) {
  const wallet = await createDidKeyWallet();
  const signed = await wallet.signDidAuth({ challenge: options.challenge ?? CHALLENGE, domain: options.domain ?? DOMAIN, date: options.date });
  return { did: wallet.did, signed };
}

const expectation = { challenge: CHALLENGE, domain: DOMAIN };

describe('DIDAuth presentations from a wallet', () => {
  it('a presentation signed with Ed25519Signature2020 by a freshly generated did:key passes and names its holder', async () => {
    const { did, signed } = await didAuth();
    expect(await verifyDidAuthPresentation(signed, expectation)).toEqual({ ok: true, holder: did });
  });

  it('a presentation signed with an eddsa-rdfc-2022 Data Integrity proof passes too', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const probe = await fromJwk({ jwk: publicKey.export({ format: 'jwk' }) });
    const did = `did:key:${probe.publicKeyMultibase}`;
    const pair = await fromJwk({ jwk: privateKey.export({ format: 'jwk' }), secretKey: true, id: `${did}#${probe.publicKeyMultibase}`, controller: did });
    const signed = await vc.signPresentation({
      presentation: { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], holder: did },
      suite: new DataIntegrityProof({ signer: pair.signer(), cryptosuite: eddsaRdfc2022 }),
      challenge: CHALLENGE,
      domain: DOMAIN,
      documentLoader: walletLoader,
    });
    expect(await verifyDidAuthPresentation(signed, expectation)).toEqual({ ok: true, holder: did });
  });

  it('a tampered presentation fails its signature check (rule signature)', async () => {
    const { signed } = await didAuth();
    const { did: other } = await createDidKeyWallet();
    // Claiming another holder while keeping the proof: the key no longer belongs to the holder.
    expect(await verifyDidAuthPresentation({ ...signed, holder: other }, expectation)).toMatchObject({ ok: false, rule: 'ofHolder' });
    // Adding a statement after signing: the proof no longer matches the content.
    const altered = { ...signed, id: 'urn:uuid:9b0a6f3e-2c55-4a39-8e0d-27e5f0b6d1aa' };
    expect(await verifyDidAuthPresentation(altered, expectation)).toMatchObject({ ok: false, field: 'verifiablePresentation.proof', rule: 'signature' });
    const flipped = structuredClone(signed);
    const value = String(flipped.proof.proofValue);
    // Change the next-to-last character to one it is not (testing the last one here let it stay the same).
    const replaced = value.at(-2) === 'A' ? 'B' : 'A';
    flipped.proof.proofValue = `${value.slice(0, -2)}${replaced}${value.slice(-1)}`;
    expect(await verifyDidAuthPresentation(flipped, expectation)).toMatchObject({ ok: false, rule: 'signature' });
  });

  it('a proof for another challenge or domain is refused, naming the field', async () => {
    expect(await verifyDidAuthPresentation((await didAuth({ challenge: 'another-challenge' })).signed, expectation)).toMatchObject({
      ok: false,
      field: 'verifiablePresentation.proof.challenge',
      rule: 'equals',
    });
    expect(await verifyDidAuthPresentation((await didAuth({ domain: 'evil.example' })).signed, expectation)).toMatchObject({
      ok: false,
      field: 'verifiablePresentation.proof.domain',
      rule: 'equals',
    });
    // Editing the challenge to match is caught by the signature.
    const { signed } = await didAuth({ challenge: 'another-challenge' });
    expect(await verifyDidAuthPresentation({ ...signed, proof: { ...signed.proof, challenge: CHALLENGE } }, expectation)).toMatchObject({ ok: false, rule: 'signature' });
  });

  it('an old proof has expired (rule fresh)', async () => {
    const { signed } = await didAuth({ date: new Date(Date.now() - 60 * 60 * 1000) });
    expect(await verifyDidAuthPresentation(signed, expectation)).toMatchObject({ ok: false, field: 'verifiablePresentation.proof.created', rule: 'fresh' });
    // The same proof checked at the time it was made passes: the age is what failed.
    expect(await verifyDidAuthPresentation(signed, { ...expectation, now: new Date(Date.parse(String(signed.proof.created)) + 1000) })).toMatchObject({ ok: true });
  });

  it('a holder whose DID method cannot be resolved offline is refused (rule didMethod)', async () => {
    const { signed } = await didAuth();
    const web = { ...signed, holder: 'did:web:wallet.example', proof: { ...signed.proof, verificationMethod: 'did:web:wallet.example#key-1' } };
    expect(await verifyDidAuthPresentation(web, expectation)).toMatchObject({ ok: false, field: 'verifiablePresentation.holder', rule: 'didMethod' });
  });

  it('refuses shapes it will not spend work on: oversize, embedded credentials, no proof', async () => {
    const { signed } = await didAuth();
    expect(await verifyDidAuthPresentation({ ...signed, padding: 'x'.repeat(20_000) }, expectation)).toMatchObject({ ok: false, rule: 'tooLarge' });
    expect(await verifyDidAuthPresentation({ ...signed, verifiableCredential: [{}] }, expectation)).toMatchObject({ ok: false, rule: 'absent' });
    expect(await verifyDidAuthPresentation({ ...signed, proof: undefined }, expectation)).toMatchObject({ ok: false, rule: 'required' });
    expect(await verifyDidAuthPresentation({ ...signed, proof: { ...signed.proof, type: 'RsaSignature2018' } }, expectation)).toMatchObject({ ok: false, rule: 'proofType' });
  });
});

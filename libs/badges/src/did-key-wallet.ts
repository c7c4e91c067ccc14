import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import * as vc from '@digitalbazaar/vc';
import { didAuthDocumentLoader } from './did-auth.js';

export interface DidKeyWallet {
  did: string;
  /** A DIDAuth presentation, signed as the Learner Credential Wallet signs it (Ed25519Signature2020, VC 1.1 context). */
  signDidAuth(options: { challenge: string; domain: string; date?: Date }): Promise<Record<string, unknown> & { proof: Record<string, unknown> }>;
}

/**
 * The wallet's side of DIDAuth, with a freshly generated did:key: what tests (and anyone trying
 * the exchange without a phone) use to answer an exchange's challenge.
 */
export async function createDidKeyWallet(): Promise<DidKeyWallet> {
  const key = await Ed25519VerificationKey2020.generate();
  const keys = didKeyDriver();
  keys.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519VerificationKey2020.from });
  const { didDocument } = await keys.fromKeyPair({ verificationKeyPair: key });
  key.controller = didDocument.id;
  key.id = `${didDocument.id}#${key.fingerprint()}`;
  return {
    did: didDocument.id,
    signDidAuth: ({ challenge, domain, date }) =>
      vc.signPresentation({
        presentation: { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiablePresentation'], holder: didDocument.id },
        suite: new Ed25519Signature2020({ key, date }),
        challenge,
        domain,
        documentLoader: didAuthDocumentLoader,
      }),
  };
}

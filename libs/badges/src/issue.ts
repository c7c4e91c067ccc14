import type { OpenBadgeCredential } from './credential.js';
import { addDataIntegrityProof, type WithProof } from './data-integrity.js';
import { offlineDocumentLoader } from './document-loader.js';
import { signCredentialJws } from './jws.js';
import type { SigningKey } from './keys.js';
import { CredentialSchemaError, validateCredentialSchema } from './validate.js';

export interface SignedOpenBadge {
  /** The credential with its embedded eddsa-rdfc-2022 proof: what wallets and GET /credentials/{id} get. */
  credential: WithProof<OpenBadgeCredential>;
  /** VC-JOSE: a compact JWS whose payload is that same credential, proof included. */
  jws: string;
}

// Signing needs the contexts only; DIDs are looked up when verifying.
const signingDocumentLoader = offlineDocumentLoader(async () => null);

/**
 * The only way Stacks signs a badge: the credential must pass the Open Badges 3.0 JSON Schema
 * first, so nothing malformed ever carries our signature; then the Data Integrity proof is made,
 * and the JWS wraps the credential with its proof (Open Badges 3.0 allows both forms).
 */
export async function signOpenBadge(credential: OpenBadgeCredential, issuerDid: string, key: SigningKey): Promise<SignedOpenBadge> {
  const schema = validateCredentialSchema(credential);
  if (!schema.valid) throw new CredentialSchemaError(schema.errors);
  const withProof = await addDataIntegrityProof(credential, issuerDid, key, signingDocumentLoader);
  return { credential: withProof, jws: signCredentialJws(withProof, issuerDid, key) };
}

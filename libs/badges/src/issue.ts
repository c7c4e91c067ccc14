import type { OpenBadgeCredential } from './credential.js';
import { signCredentialJws } from './jws.js';
import type { SigningKey } from './keys.js';
import { CredentialSchemaError, validateCredentialSchema } from './validate.js';

/**
 * The only way Stacks signs a badge: the credential must pass the Open Badges 3.0 JSON Schema
 * first, so nothing malformed ever carries our signature.
 */
export function signOpenBadge(credential: OpenBadgeCredential, issuerDid: string, key: SigningKey): string {
  const schema = validateCredentialSchema(credential);
  if (!schema.valid) throw new CredentialSchemaError(schema.errors);
  return signCredentialJws(credential, issuerDid, key);
}

import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import type { TestApp } from './test-app.js';

/**
 * The independent check: `jose` (not our code) verifies a credential's JWS with the key that
 * our published DID document lists for the JWS's `kid`.
 */
export async function verifyWithJose(app: Pick<TestApp, 'inject'>, jws: string) {
  const { kid } = decodeProtectedHeader(jws);
  const did = (kid as string).split('#')[0];
  const path = did === 'did:web:localhost%3A3000' ? '/.well-known/did.json' : `/${did.split(':').slice(3).join('/')}/did.json`;
  const document = (await app.inject({ method: 'GET', url: path })).json();
  const method = document.verificationMethod.find((candidate: { id: string }) => candidate.id === kid);
  const key = await importJWK(method.publicKeyJwk, 'EdDSA');
  // jose also checks the JWT claims: the issuer is the DID that holds the key, and nbf/exp hold.
  return jwtVerify(jws, key, { typ: 'vc+jwt', algorithms: ['EdDSA'], issuer: did, requiredClaims: ['iss', 'jti', 'nbf'] });
}

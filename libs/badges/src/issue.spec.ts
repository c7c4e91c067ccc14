import { buildOpenBadgeCredential, type OpenBadgeCredential } from './credential.js';
import { signOpenBadge } from './issue.js';
import { testIssuer } from './test-fixtures.js';
import { CredentialSchemaError } from './validate.js';
import { verifyPresentedCredential } from './verify.js';

describe('signOpenBadge', () => {
  const world = testIssuer();

  it('signs a credential that matches the schema', async () => {
    const { credential, jws } = await signOpenBadge(buildOpenBadgeCredential(world.input()), world.did, world.active);
    expect((await verifyPresentedCredential(jws, world.dependencies())).status).toBe('valid');
    expect((await verifyPresentedCredential(credential, world.dependencies())).status).toBe('valid');
  });

  const breakages: [string, (credential: OpenBadgeCredential) => void][] = [
    ['a validFrom that is not a date-time', (credential) => (credential.validFrom = 'next Tuesday')],
    ['no achievement criteria', (credential) => delete (credential.credentialSubject.achievement as Partial<OpenBadgeCredential['credentialSubject']['achievement']>).criteria],
    ['a foreign context', (credential) => (credential['@context'] = ['https://www.w3.org/ns/credentials/v2', 'https://example.org/context.json'])],
    ['no issuer id', (credential) => delete (credential.issuer as Partial<OpenBadgeCredential['issuer']>).id],
  ];
  it.each(breakages)('refuses to sign a credential with %s', async (_what, breakIt) => {
    const credential = buildOpenBadgeCredential(world.input());
    breakIt(credential);
    await expect(signOpenBadge(credential, world.did, world.active)).rejects.toThrow(CredentialSchemaError);
  });
});

import { buildOpenBadgeCredential } from './credential.js';
import { testIssuer } from './test-fixtures.js';
import { validateCredentialSchema } from './validate.js';

describe('OpenBadgeCredential hours and holder DID', () => {
  const world = testIssuer();

  it('states the achievement’s credit hours and the hours the holder earned, and still validates', () => {
    const input = world.input();
    const credential = buildOpenBadgeCredential({
      ...input,
      achievement: { ...input.achievement, creditsAvailable: 3 },
      recipient: { ...input.recipient, creditsEarned: 2.5 },
    });
    expect(credential.credentialSubject.achievement.creditsAvailable).toBe(3);
    expect(credential.credentialSubject.creditsEarned).toBe(2.5);
    expect(validateCredentialSchema(credential)).toEqual({ valid: true, errors: [] });
  });

  it('leaves hours out when nothing states them, rather than writing zero', () => {
    const credential = buildOpenBadgeCredential(world.input());
    expect(credential.credentialSubject).not.toHaveProperty('creditsEarned');
    expect(credential.credentialSubject.achievement).not.toHaveProperty('creditsAvailable');
  });

  it('names the holder by their wallet DID when one is given', () => {
    const input = world.input();
    const did = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
    const credential = buildOpenBadgeCredential({ ...input, recipient: { ...input.recipient, did } });
    expect(credential.credentialSubject.id).toBe(did);
    expect(validateCredentialSchema(credential).valid).toBe(true);
    expect(buildOpenBadgeCredential(world.input()).credentialSubject).not.toHaveProperty('id');
  });
});

import { validateCredentialSchema } from './validate.js';
import { buildOpenBadgeCredential } from './credential.js';
import { EVERY_CHECK_PASSED, testIssuer } from './test-fixtures.js';
import { verifyPresentedCredential } from './verify.js';

// A pathway's higher credential: a Certificate aligned to the competencies it certifies.
const alignment = [
  { targetName: 'Facilitating community conversations', targetUrl: 'https://www.ala.org/tools/librariestransform/models-for-change', targetFramework: 'Models for Change', targetCode: 'MFC-3' },
];

describe('achievement types and alignments (pathway credentials)', () => {
  const world = testIssuer();

  it('a Certificate with alignments validates, is signed and verifies like any badge; the fields are signed as given', async () => {
    const input = world.input();
    const { credential } = await world.issueWithProof({ achievement: { ...input.achievement, achievementType: 'Certificate', alignment } });
    expect(credential.credentialSubject.achievement).toMatchObject({ achievementType: 'Certificate', alignment: [{ type: ['Alignment'], ...alignment[0] }] });
    const verdict = await verifyPresentedCredential(credential, world.dependencies());
    expect(verdict.checks.map((check) => [check.check, check.passed])).toEqual(EVERY_CHECK_PASSED);
    // Changing the type after signing is caught by the proof.
    const demoted = structuredClone(credential);
    demoted.credentialSubject.achievement.achievementType = 'Badge';
    expect(await verifyPresentedCredential(demoted, world.dependencies())).toMatchObject({ verified: false });
  });

  it('defaults to Badge, and the schema refuses a type outside the OB 3.0 vocabulary (ext: names are allowed)', () => {
    const input = world.input();
    expect(buildOpenBadgeCredential(input).credentialSubject.achievement.achievementType).toBe('Badge');
    expect(validateCredentialSchema(buildOpenBadgeCredential({ ...input, achievement: { ...input.achievement, achievementType: 'ext:Pathway' } })).valid).toBe(true);
    const invalid = validateCredentialSchema(buildOpenBadgeCredential({ ...input, achievement: { ...input.achievement, achievementType: 'Trophy' } }));
    expect(invalid).toMatchObject({ valid: false, errors: expect.arrayContaining([expect.stringMatching(/^credentialSubject.achievement.achievementType/)]) });
  });
});

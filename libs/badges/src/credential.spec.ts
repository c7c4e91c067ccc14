import {
  buildOpenBadgeCredential,
  hashedEmailIdentity,
  OB_ACHIEVEMENT_CREDENTIAL_SCHEMA,
  OB_CONTEXT,
  OB_EXTENSIONS_CONTEXT,
  VC_CONTEXT_V2,
} from './credential.js';
import { didWebDocumentUrl, didWebFor } from './did.js';
import { testIssuer } from './test-fixtures.js';
import { validateCredentialSchema } from './validate.js';

describe('OpenBadgeCredential', () => {
  const world = testIssuer();

  it('has the contexts, types, issuer, subject, status entry and schema Open Badges 3.0 requires', () => {
    const credential = buildOpenBadgeCredential(world.input({ validUntil: new Date('2027-01-01T00:00:00Z') }));
    expect(credential['@context']).toEqual([VC_CONTEXT_V2, OB_CONTEXT, OB_EXTENSIONS_CONTEXT]);
    expect(credential.credentialSchema).toEqual([
      { id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' },
    ]);
    expect(credential.credentialSchema[0]).toEqual(OB_ACHIEVEMENT_CREDENTIAL_SCHEMA);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toMatchObject({ id: 'did:web:badges.test', type: ['Profile'], name: 'American Library Association' });
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(credential.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      criteria: { narrative: 'View all three webinars of the series, live or recorded.' },
      tag: ['dialogue', 'community engagement'],
      alignment: [{ type: ['Alignment'], targetName: 'Community engagement' }],
    });
    expect(credential.validFrom).toBe('2026-01-01T00:00:00Z');
    expect(credential.validUntil).toBe('2027-01-01T00:00:00Z');
    expect(credential.credentialStatus).toEqual({
      id: `${world.statusListUrl}#7`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: world.statusListUrl,
    });
    expect(validateCredentialSchema(credential)).toEqual({ valid: true, errors: [] });
  });

  it('validates with evidence and without optional fields', () => {
    const withEvidence = buildOpenBadgeCredential(world.input({ evidence: [{ url: 'https://example.org/report', narrative: 'Led a community forum.' }] }));
    expect(withEvidence.evidence).toEqual([{ type: ['Evidence'], id: 'https://example.org/report', narrative: 'Led a community forum.' }]);
    expect(validateCredentialSchema(withEvidence).valid).toBe(true);
    const bare = buildOpenBadgeCredential(world.input({ achievement: { ...world.input().achievement, imageUrl: null, tags: [], alignment: null } }));
    expect(bare.credentialSubject.achievement).not.toHaveProperty('image');
    expect(bare.credentialSubject.achievement).not.toHaveProperty('alignment');
    expect(validateCredentialSchema(bare).valid).toBe(true);
  });

  it('the schema rejects a credential missing what OB 3.0 requires, naming the field', () => {
    const credential = buildOpenBadgeCredential(world.input()) as unknown as Record<string, unknown>;
    const noSubjectAchievementName = structuredClone(credential) as { credentialSubject: { achievement: Record<string, unknown> } };
    delete noSubjectAchievementName.credentialSubject.achievement.name;
    const result = validateCredentialSchema(noSubjectAchievementName);
    expect(result.valid).toBe(false);
    expect(result.errors.join(' ')).toMatch(/credentialSubject\.achievement: must have required property 'name'/);
    expect(validateCredentialSchema({ ...credential, '@context': ['https://example.org/ctx'] }).valid).toBe(false);
    expect(validateCredentialSchema({ ...credential, type: ['VerifiableCredential'] }).valid).toBe(false);
  });

  it('hashes the recipient e-mail (case-insensitively) instead of publishing it', () => {
    const identity = hashedEmailIdentity(' Maya@Example.org ', 'salt');
    expect(identity).toEqual(hashedEmailIdentity('maya@example.org', 'salt'));
    expect(identity.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(JSON.stringify(buildOpenBadgeCredential(world.input()))).not.toContain('maya@example.org');
  });

  it('derives did:web identifiers from the public base URL, port encoded, and resolves them back', () => {
    expect(didWebFor('http://localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(didWebFor('https://stacks.example.org', ['issuers', 'alsc'])).toBe('did:web:stacks.example.org:issuers:alsc');
    expect(didWebDocumentUrl('did:web:localhost%3A3000', 'http')).toBe('http://localhost:3000/.well-known/did.json');
    expect(didWebDocumentUrl('did:web:stacks.example.org:issuers:alsc')).toBe('https://stacks.example.org/issuers/alsc/did.json');
    expect(didWebDocumentUrl('did:key:z6Mk')).toBeNull();
  });
});

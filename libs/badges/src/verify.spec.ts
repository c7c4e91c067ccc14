import { generateKeyPairSync, sign } from 'node:crypto';
import { ed25519FromSeed } from './keys.js';
import { credentialOf, jwtClaimsFor, signCredentialJws } from './jws.js';
import { EVERY_CHECK_PASSED, testIssuer } from './test-fixtures.js';
import { verifyPresentedCredential } from './verify.js';

/** Re-encodes a JWS with a changed payload but the original signature (what a forger can do). */
function tamper(jws: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = jws.split('.');
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  change(decoded);
  return `${header}.${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
}

describe('verifying a credential', () => {
  it('accepts an untouched credential and explains the verdict', async () => {
    const world = testIssuer();
    const { jws } = world.issue();
    const verdict = await verifyPresentedCredential(jws, world.dependencies());
    expect(verdict).toMatchObject({ verified: true, status: 'valid' });
    expect(verdict.reason).toMatch(/^valid: signed by American Library Association/);
    expect(verdict.checks.map((check) => [check.check, check.passed])).toEqual(EVERY_CHECK_PASSED);
    expect(verdict.credential?.achievement.name).toBe('Dialogue facilitation: large and urban public libraries');
  });

  const edits: [string, (payload: Record<string, unknown>) => void][] = [
    ['name', (payload) => (payload.name = 'Something else')],
    ['validFrom', (payload) => (payload.validFrom = '2020-01-01T00:00:00Z')],
    ['achievement name', (payload) => ((payload.credentialSubject as { achievement: { name: string } }).achievement.name = 'Forged')],
    ['recipient', (payload) => ((payload.credentialSubject as { identifier: { identityHash: string }[] }).identifier[0].identityHash = 'sha256$00')],
    ['status index', (payload) => ((payload.credentialStatus as { statusListIndex: string }).statusListIndex = '8')],
    ['issuer name', (payload) => ((payload.issuer as { name: string }).name = 'Someone')],
    ['an added field', (payload) => (payload.extra = true)],
  ];
  it.each(edits)('rejects a credential whose %s was changed after signing', async (_field, change) => {
    const world = testIssuer();
    const verdict = await verifyPresentedCredential(tamper(world.issue().jws, change), world.dependencies());
    expect(verdict).toMatchObject({ verified: false, status: 'invalid' });
    expect(verdict.reason).toMatch(/^invalid because its signature does not match its content/);
  });

  it('judges a credential nested thousands of levels deep as invalid, naming the rule', async () => {
    const world = testIssuer();
    const deep = `{"credentialSubject":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const verdict = await verifyPresentedCredential(deep, world.dependencies());
    expect(verdict).toMatchObject({ verified: false, status: 'invalid' });
    expect(verdict.reason).toMatch(/nests objects and arrays deeper than 32 levels/);
    const deepPayload = Buffer.from(`{"vc":${'['.repeat(5000)}${']'.repeat(5000)}}`).toString('base64url');
    const [header, , signature] = world.issue().jws.split('.');
    expect((await verifyPresentedCredential(`${header}.${deepPayload}.${signature}`, world.dependencies())).verified).toBe(false);
  });

  it('rejects every single-character change of the signature segment', async () => {
    const world = testIssuer();
    const { jws } = world.issue();
    const signatureStart = jws.lastIndexOf('.') + 1;
    for (const position of [signatureStart, signatureStart + 20, jws.length - 2]) {
      const flipped = jws.slice(0, position) + (jws[position] === 'A' ? 'B' : 'A') + jws.slice(position + 1);
      expect((await verifyPresentedCredential(flipped, world.dependencies())).verified).toBe(false);
    }
  });

  it('rejects a credential naming an issuer other than the key owner, or a foreign issuer', async () => {
    const world = testIssuer();
    const otherIssuer = tamper(world.issue().jws, (payload) => ((payload.issuer as { id: string }).id = 'did:web:evil.example'));
    expect((await verifyPresentedCredential(otherIssuer, world.dependencies())).reason).toMatch(/signed with a key of did:web:badges.test but names did:web:evil.example/);

    const foreignKey = ed25519FromSeed('key-1', Buffer.alloc(32, 9));
    const foreign = signCredentialJws({ ...world.issue().credential, issuer: { id: 'did:web:evil.example', type: ['Profile'] } }, 'did:web:evil.example', foreignKey);
    expect((await verifyPresentedCredential(foreign, world.dependencies())).reason).toMatch(/issuer did:web:evil.example is not one this service can resolve/);

    const wrongKey = signCredentialJws(world.issue().credential, world.did, foreignKey);
    expect((await verifyPresentedCredential(wrongKey, world.dependencies())).reason).toMatch(/signature does not match/);
  });

  it('keeps credentials signed by a retired key valid while the DID document still lists it', async () => {
    const retired = ed25519FromSeed('2025', Buffer.alloc(32, 2));
    const current = ed25519FromSeed('2026', Buffer.alloc(32, 3));
    const before = testIssuer({ keys: [retired] });
    const old = before.issue().jws;
    const after = testIssuer({ keys: [retired, current] });
    expect((await verifyPresentedCredential(old, after.dependencies())).status).toBe('valid');
    expect(JSON.parse(Buffer.from(after.issue().jws.split('.')[0], 'base64url').toString()).kid).toBe('did:web:badges.test#2026');
  });

  it('reports revocation from the status list bit, and an unreachable list as invalid', async () => {
    const world = testIssuer();
    const { jws } = world.issue();
    world.bits.set(7, true);
    const verdict = await verifyPresentedCredential(jws, world.dependencies());
    expect(verdict).toMatchObject({ verified: false, status: 'revoked', reason: 'invalid because the issuer has revoked it' });
    world.bits.set(7, false);
    expect((await verifyPresentedCredential(jws, world.dependencies())).status).toBe('valid');
    const unreachable = await verifyPresentedCredential(jws, world.dependencies({ loadStatusList: async () => null }));
    expect(unreachable.reason).toMatch(/status list .* could not be obtained/);
  });

  it('rejects a status list signed by someone else', async () => {
    const world = testIssuer();
    const { jws } = world.issue();
    const forgedList = signCredentialJws({ id: world.statusListUrl, issuer: world.did, credentialSubject: {} }, world.did, ed25519FromSeed('key-1', Buffer.alloc(32, 5)));
    const verdict = await verifyPresentedCredential(jws, world.dependencies({ loadStatusList: async () => forgedList }));
    expect(verdict.reason).toMatch(/status list is not trustworthy/);
  });

  it('honours validUntil (expired) and validFrom (not yet valid)', async () => {
    const world = testIssuer();
    const { jws } = world.issue({ validUntil: new Date('2026-03-01T00:00:00Z') });
    const expired = await verifyPresentedCredential(jws, world.dependencies());
    expect(expired).toMatchObject({ verified: false, status: 'expired', reason: 'invalid because it expired on 2026-03-01T00:00:00Z' });
    const early = await verifyPresentedCredential(jws, world.dependencies({ now: new Date('2025-12-31T00:00:00Z') }));
    expect(early.status).toBe('not-yet-valid');
    expect((await verifyPresentedCredential(jws, world.dependencies({ now: new Date('2026-02-01T00:00:00Z') }))).status).toBe('valid');
  });

  it('refuses a correctly signed document that is not an Open Badge', async () => {
    const world = testIssuer();
    const notABadge = signCredentialJws({ issuer: { id: world.did }, hello: 'world' }, world.did, world.active);
    const verdict = await verifyPresentedCredential(notABadge, world.dependencies());
    expect(verdict.reason).toMatch(/^invalid because it does not match the Open Badges 3.0 schema/);
  });

  it('checks a bare JSON credential against the signed copy, naming changed fields', async () => {
    const world = testIssuer();
    const { credential, jws } = world.issue();
    const dependencies = world.dependencies({ findSignedCredential: async (id) => (id === credential.id ? jws : null) });
    expect((await verifyPresentedCredential(structuredClone(credential), dependencies)).status).toBe('valid');
    const edited = { ...structuredClone(credential), validUntil: '2099-01-01T00:00:00Z' };
    const verdict = await verifyPresentedCredential(edited, dependencies);
    expect(verdict.reason).toMatch(/differs from the credential that was signed \(validUntil\)/);
    const unknown = await verifyPresentedCredential({ ...credential, id: 'https://elsewhere.example/1' }, dependencies);
    expect(unknown.reason).toMatch(/carries no signature/);
    const enveloped = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${jws}` };
    expect((await verifyPresentedCredential(enveloped, dependencies)).status).toBe('valid');
  });

  it('never throws on garbage, answering "invalid because …"', async () => {
    const world = testIssuer();
    const garbage: unknown[] = [
      null, 42, '', 'hello', '{not json', '[]', [], {}, 'a.b.c', 'eyJ.eyJ.', '...', { proof: {} },
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.`,
      `${Buffer.from('{"alg":"EdDSA","kid":"x"}').toString('base64url')}.${Buffer.from('[1]').toString('base64url')}.AA`,
      `${Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: `${world.did}#key-1` })).toString('base64url')}.${Buffer.from(JSON.stringify({ issuer: world.did })).toString('base64url')}.${'A'.repeat(86)}`,
      { type: 'EnvelopedVerifiableCredential', id: 'data:application/vc+jwt,zzz' },
      signCredentialJws({ issuer: world.did }, world.did, { ...world.active, privateKey: generateKeyPairSync('ed25519').privateKey }),
    ];
    for (const input of garbage) {
      const verdict = await verifyPresentedCredential(input, world.dependencies());
      expect(verdict.verified).toBe(false);
      expect(verdict.status).toBe('invalid');
      expect(verdict.reason).toMatch(/^invalid because \w/);
    }
  });
});

describe('status lists shared by a site', () => {
  it('accepts a division credential whose list is issued by the parent site, refuses another site', async () => {
    const { sameDidWebSite } = await import('./verify.js');
    expect(sameDidWebSite('did:web:badges.test', 'did:web:badges.test:issuers:alsc')).toBe(true);
    expect(sameDidWebSite('did:web:badges.test', 'did:web:evil.test')).toBe(false);
    expect(sameDidWebSite(null, 'did:web:evil.test')).toBe(false);
  });
});

describe('JWT claims beside the credential', () => {
  it('signs the claims the credential implies, and keeps the credential itself apart from them', () => {
    const world = testIssuer();
    const { credential, jws } = world.issue({ validUntil: new Date('2027-01-01T00:00:00Z') });
    const payload = JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));
    expect(payload).toMatchObject({
      iss: world.did,
      jti: credential.id,
      nbf: Date.parse('2026-01-01T00:00:00Z') / 1000,
      exp: Date.parse('2027-01-01T00:00:00Z') / 1000,
    });
    expect(credentialOf(payload)).toEqual(credential);
    expect(jwtClaimsFor({ id: 'urn:x', issuer: 'did:web:a', validFrom: 'not a date' })).toEqual({ iss: 'did:web:a', jti: 'urn:x' });
  });

  it('refuses a signed credential whose claims say something else than its fields', async () => {
    const world = testIssuer();
    const credential = world.issue().credential;
    const signedWithOtherDates = signCredentialJws({ ...credential }, world.did, world.active).split('.');
    const payload = JSON.parse(Buffer.from(signedWithOtherDates[1], 'base64url').toString('utf8'));
    payload.nbf = 0; // an issuer whose JWT says "valid since 1970" while the credential says 2026
    const input = `${signedWithOtherDates[0]}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    const resigned = `${input}.${sign(null, Buffer.from(input), world.active.privateKey).toString('base64url')}`;
    const verdict = await verifyPresentedCredential(resigned, world.dependencies());
    expect(verdict).toMatchObject({ verified: false, status: 'invalid', reason: 'invalid because its JWT claims contradict the credential (nbf)' });
  });

  it('still accepts a credential signed before the claims were added (payload = credential only)', async () => {
    const world = testIssuer();
    const { credential } = world.issue();
    const header = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: `${world.did}#${world.active.keyId}`, typ: 'vc+jwt' })).toString('base64url');
    const input = `${header}.${Buffer.from(JSON.stringify(credential)).toString('base64url')}`;
    const legacy = `${input}.${sign(null, Buffer.from(input), world.active.privateKey).toString('base64url')}`;
    expect(await verifyPresentedCredential(legacy, world.dependencies())).toMatchObject({ verified: true, status: 'valid' });
  });
});

import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_KEY_ID, keyListProblem, SecretBox, SecretBoxError } from './secret-box.js';

const key = (id: string, bytes = 32) => `${id}:${randomBytes(bytes).toString('base64')}`;

describe('SecretBox', () => {
  const k1 = key('k1');
  const k2 = key('k2');

  it('seals to enc:v1:<keyId>:<iv>:<ciphertext> and opens back to the plaintext', () => {
    const box = SecretBox.fromConfig(k1, 'production');
    const sealed = box.seal('whsec_c2VjcmV0LXZhbHVl');
    expect(sealed).toMatch(/^enc:v1:k1:[\w-]{16}:[\w-]+$/);
    expect(sealed).not.toContain('whsec_');
    expect(box.open(sealed)).toBe('whsec_c2VjcmV0LXZhbHVl');
    expect(box.open(box.seal(''))).toBe('');
    expect(box.open(box.seal('ünïcødé 🐝'))).toBe('ünïcødé 🐝');
  });

  it('uses a fresh IV for every seal, so sealing the same value twice differs', () => {
    const box = SecretBox.fromConfig(k1, 'production');
    const [first, second] = [box.seal('same'), box.seal('same')];
    expect(first).not.toBe(second);
    expect(first.split(':')[3]).not.toBe(second.split(':')[3]);
    expect([box.open(first), box.open(second)]).toEqual(['same', 'same']);
  });

  it('refuses a tampered value: ciphertext, IV, tag, or the key id in the header (bound as AAD)', () => {
    const box = SecretBox.fromConfig(`${k1},${k2}`, 'production');
    const sealed = box.seal('whsec_abc');
    const [, , keyId, iv, body] = sealed.split(':');
    const flip = (text: string, at: number) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[at] ^= 1;
      return bytes.toString('base64url');
    };
    expect(() => box.open(`enc:v1:${keyId}:${iv}:${flip(body, 0)}`)).toThrow(/altered/);
    expect(() => box.open(`enc:v1:${keyId}:${iv}:${flip(body, Buffer.from(body, 'base64url').length - 1)}`)).toThrow(/altered/);
    expect(() => box.open(`enc:v1:${keyId}:${flip(iv, 0)}:${body}`)).toThrow(/altered/);
    // Moving the value under another listed key id fails too.
    expect(() => box.open(`enc:v1:k2:${iv}:${body}`)).toThrow(/altered/);
    expect(() => box.open(`enc:v1:${keyId}:${iv}:${body.slice(0, 4)}`)).toThrow(/truncated or malformed/);
    expect(() => box.open(`enc:v1:${keyId}:${iv}`)).toThrow(SecretBoxError);
  });

  it('names an unknown key id when opening, without echoing the value', () => {
    const sealed = SecretBox.fromConfig(k2, 'production').seal('whsec_abc');
    expect(() => SecretBox.fromConfig(k1, 'production').open(sealed)).toThrow(new SecretBoxError('cannot open a sealed secret: key "k2" is not in SECRETS_ENCRYPTION_KEYS'));
  });

  it('rotates: the first key seals, every listed key opens, reseal moves a value to the first key', () => {
    const before = SecretBox.fromConfig(k1, 'production');
    const after = SecretBox.fromConfig(`${k2}, ${k1}`, 'production');
    const old = before.seal('whsec_old');
    expect(after.sealingKeyId).toBe('k2');
    expect(after.open(old)).toBe('whsec_old');
    expect(after.seal('whsec_new')).toMatch(/^enc:v1:k2:/);
    const moved = after.reseal(old);
    expect(moved).toMatch(/^enc:v1:k2:/);
    expect(after.open(moved)).toBe('whsec_old');
    // Once k1 is retired, the moved value still opens.
    expect(SecretBox.fromConfig(k2, 'production').open(moved)).toBe('whsec_old');
    expect(() => SecretBox.fromConfig(k2, 'production').open(old)).toThrow(/key "k1" is not in/);
  });

  it('opens a value without the enc:v1: prefix as itself (legacy plaintext rows), and reseal seals it', () => {
    const box = SecretBox.fromConfig(k1, 'production');
    expect(box.open('whsec_legacyplaintext')).toBe('whsec_legacyplaintext');
    expect(box.open('eyJhbGciOiJSUzI1NiJ9.e30.sig')).toBe('eyJhbGciOiJSUzI1NiJ9.e30.sig');
    const sealed = box.reseal('whsec_legacyplaintext');
    expect(sealed).toMatch(/^enc:v1:k1:/);
    expect(box.open(sealed)).toBe('whsec_legacyplaintext');
  });

  it('uses the fixed development key outside production only', () => {
    const development = SecretBox.fromConfig('', 'development');
    expect([development.sealingKeyId, development.usesDevelopmentKey]).toEqual([DEVELOPMENT_KEY_ID, true]);
    // Fixed: another process (the worker) opens what this one (the API) sealed.
    expect(SecretBox.fromConfig(undefined, 'test').open(development.seal('whsec_x'))).toBe('whsec_x');
    expect(() => SecretBox.fromConfig('', 'production')).toThrow(/SECRETS_ENCRYPTION_KEYS is required when NODE_ENV=production/);
    expect(() => SecretBox.fromConfig('  ', 'production')).toThrow(/required/);
    const developmentKey = `${DEVELOPMENT_KEY_ID}:d1u+fv50A3ld4bYgvtHC/hu0wYppztakwSCFq6+xcJk=`;
    expect(() => SecretBox.fromConfig(`${k1},${developmentKey}`, 'production')).toThrow(/must not contain the public development key/);
    expect(() => SecretBox.fromConfig('k9:d1u+fv50A3ld4bYgvtHC/hu0wYppztakwSCFq6+xcJk=', 'production')).toThrow(/development key/);
    expect(SecretBox.fromConfig(k1, 'development').usesDevelopmentKey).toBe(false);
  });

  it('refuses a malformed key list when built', () => {
    expect(() => SecretBox.fromConfig('k1:short', 'development')).toThrow(new SecretBoxError('SECRETS_ENCRYPTION_KEYS key k1 is not valid base64'));
  });
});

describe('keyListProblem', () => {
  it('accepts one key or several, with spaces around entries', () => {
    expect(keyListProblem(key('k1'))).toBeUndefined();
    expect(keyListProblem(` ${key('k2')} , ${key('k1')} `)).toBeUndefined();
    expect(keyListProblem(key('2026-12.primary_key'))).toBeUndefined();
  });

  it.each([
    ['empty', '', 'must list at least one key (id:base64 of 32 bytes)'],
    ['only commas', ' , ', 'must list at least one key (id:base64 of 32 bytes)'],
    ['no id', randomBytes(32).toString('base64'), "entry 1 must be id:base64 (no ':' found)"],
    ['an empty entry', `${key('k1')},,${key('k2')}`, "entry 2 must be id:base64 (no ':' found)"],
    ['a bad key id', `k 1:${randomBytes(32).toString('base64')}`, "entry 1 has a key id that is not 1-64 letters, digits, '.', '_' or '-'"],
    ['an empty key', 'k1:', 'key k1 is not valid base64'],
    ['bad base64', 'k1:not*base64!', 'key k1 is not valid base64'],
    ['base64 without its padding', `k1:${randomBytes(32).toString('base64').replace(/=+$/, '')}`, 'key k1 is not valid base64'],
    ['too short a key', key('k1', 16), 'key k1 must be 32 bytes (got 16)'],
    ['too long a key', key('k1', 48), 'key k1 must be 32 bytes (got 48)'],
    ['a duplicate id', `${key('k1')},${key('k1')}`, 'key id k1 is listed twice'],
  ])('refuses %s', (_case, keyList, problem) => {
    expect(keyListProblem(keyList)).toBe(problem);
  });

  it('never puts key material in the problem', () => {
    const material = randomBytes(16).toString('base64');
    expect(keyListProblem(`k1:${material}`)).not.toContain(material);
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { DEVELOPMENT_KEY_ID, developmentKeyRing, parseKeyRing } from './keys.js';

const privateJwk = (kid: string) => ({ ...generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid });

describe('signing keys', () => {
  it('parses a JSON array of Ed25519 private JWKs; the active key is BADGE_ACTIVE_KEY_ID or the last', () => {
    const keys = [privateJwk('2025-01'), privateJwk('2026-01')];
    expect(parseKeyRing(JSON.stringify(keys)).active.keyId).toBe('2026-01');
    const ring = parseKeyRing(JSON.stringify(keys), '2025-01');
    expect(ring.active.keyId).toBe('2025-01');
    expect(ring.all.map((key) => key.keyId)).toEqual(['2025-01', '2026-01']);
    expect(ring.development).toBe(false);
  });

  it('rejects malformed configuration with a message that contains no key material', () => {
    const key = privateJwk('a');
    const cases: [string, RegExp][] = [
      ['not json', /JSON array/],
      ['[]', /non-empty/],
      [JSON.stringify([{ ...key, crv: 'P-256' }]), /Ed25519 private JWK/],
      [JSON.stringify([{ ...key, kid: 'has space' }]), /kid/],
      [JSON.stringify([key, key]), /same kid/],
      [JSON.stringify([{ ...key, x: privateJwk('b').x }]), /not the public half/],
    ];
    for (const [value, message] of cases) {
      expect(() => parseKeyRing(value)).toThrow(message);
      try {
        parseKeyRing(value);
      } catch (error) {
        expect(String(error)).not.toContain(key.d as string);
      }
    }
    expect(() => parseKeyRing(JSON.stringify([key]), 'missing')).toThrow(/BADGE_ACTIVE_KEY_ID/);
  });

  it('derives the same clearly named development key every time', () => {
    const first = developmentKeyRing();
    const second = developmentKeyRing();
    expect(first.development).toBe(true);
    expect(first.active.keyId).toBe(DEVELOPMENT_KEY_ID);
    expect(first.active.publicKey.export({ format: 'jwk' })).toEqual(second.active.publicKey.export({ format: 'jwk' }));
  });
});

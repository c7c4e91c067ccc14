import { checkHolderDid } from './holder-did.js';

describe('checkHolderDid', () => {
  it('accepts did:key and did:web DIDs, trimmed', () => {
    expect(checkHolderDid(' did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK ')).toEqual({
      ok: true,
      did: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
      method: 'key',
    });
    expect(checkHolderDid('did:web:wallet.example.org')).toMatchObject({ ok: true, method: 'web' });
    expect(checkHolderDid('did:web:localhost%3A8443:users:maya')).toMatchObject({ ok: true, method: 'web' });
  });

  it.each([
    ['not a string', 42],
    ['empty', ''],
    ['another method', 'did:example:123456789abcdefghi'],
    ['a key outside base58 (0, O, I, l)', 'did:key:z6Mk0OIlXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'],
    ['a key without the multibase z', 'did:key:6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'],
    ['a did:web with a fragment', 'did:web:example.org#key-1'],
    ['a did:web with a query', 'did:web:example.org?x=1'],
    ['a did:web with a slash path', 'did:web:example.org/users/maya'],
    ['script', 'did:web:<script>'],
    ['far too long', `did:web:${'a'.repeat(600)}.org`],
  ])('refuses %s, saying why', (_case, value) => {
    const result = checkHolderDid(value);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason.length).toBeGreaterThan(10);
  });
});

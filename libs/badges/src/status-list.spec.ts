import { gunzipSync } from 'node:zlib';
import { Bitstring, buildStatusListCredential, MIN_STATUS_LIST_ENTRIES } from './status-list.js';

describe('Bitstring Status List', () => {
  it('has at least 131,072 entries and orders bits most-significant first', () => {
    const bits = new Bitstring();
    expect(bits.length).toBe(MIN_STATUS_LIST_ENTRIES);
    bits.set(0, true);
    bits.set(9, true);
    expect(bits.bytes[0]).toBe(0b1000_0000);
    expect(bits.bytes[1]).toBe(0b0100_0000);
    bits.set(0, false);
    expect(bits.get(0)).toBe(false);
    expect(bits.get(9)).toBe(true);
    expect(() => bits.get(MIN_STATUS_LIST_ENTRIES)).toThrow(RangeError);
  });

  it('encodes as multibase base64url of the gzipped bits and decodes back', () => {
    const bits = new Bitstring();
    for (const index of [1, 4242, MIN_STATUS_LIST_ENTRIES - 1]) bits.set(index, true);
    const encoded = bits.encode();
    expect(encoded.startsWith('u')).toBe(true);
    expect(gunzipSync(Buffer.from(encoded.slice(1), 'base64url'))).toHaveLength(MIN_STATUS_LIST_ENTRIES / 8);
    const decoded = Bitstring.decode(encoded);
    expect([1, 2, 4242, MIN_STATUS_LIST_ENTRIES - 1].map((index) => decoded.get(index))).toEqual([true, false, true, true]);
    expect(() => Bitstring.decode('zabc')).toThrow(/multibase/);
  });

  it('wraps the list in a BitstringStatusListCredential', () => {
    const credential = buildStatusListCredential({ id: 'https://x.test/lists/1', issuerDid: 'did:web:x.test', validFrom: new Date('2026-01-01T00:00:00.123Z'), bits: new Bitstring() });
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'did:web:x.test',
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation', id: 'https://x.test/lists/1#list' },
    });
  });
});

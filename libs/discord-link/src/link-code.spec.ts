import fc from 'fast-check';
import { describeLinkCodeRejection, generateLinkCode, hashLinkCode, LINK_CODE_LENGTH, normaliseLinkCode } from './link-code.js';

describe('Discord link codes', () => {
  it('generates grouped codes that normalise back to 10 symbols', () => {
    const code = generateLinkCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(normaliseLinkCode(code)).toBe(code.replace('-', ''));
  });

  it('does not repeat itself (50 random bits per code)', () => {
    const codes = new Set(Array.from({ length: 2000 }, generateLinkCode));
    expect(codes.size).toBe(2000);
  });

  it('uses every symbol of the alphabet, roughly evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3200; i += 1) for (const symbol of generateLinkCode().replace('-', '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 32 000 symbols over 32 values: ~1000 each; a biased mapping would drift far outside this.
    for (const count of counts.values()) expect(count).toBeGreaterThan(800);
  });

  it('forgives case, spaces, dashes and look-alike letters when hashing', () => {
    expect(hashLinkCode('7k3qd m9xwa')).toBe(hashLinkCode('7K3QD-M9XWA'));
    expect(hashLinkCode('1O1O1-ILILI')).toBe(hashLinkCode('10101-11111'));
    expect(hashLinkCode('7K3QD-M9XWA')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkCode('7K3QD-M9XWA')).not.toBe(hashLinkCode('7K3QD-M9XWB'));
  });

  it('rejects anything that cannot be a code', () => {
    expect(normaliseLinkCode('')).toBeNull();
    expect(normaliseLinkCode('7K3QD-M9XW')).toBeNull();
    expect(normaliseLinkCode('7K3QD-M9XWAA')).toBeNull();
    expect(normaliseLinkCode('7K3QD-M9XWU')).toBeNull();
    expect(() => hashLinkCode('nope')).toThrow(RangeError);
  });

  it('round-trips every generated code (property)', () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const code = generateLinkCode();
        return normaliseLinkCode(code.toLowerCase())?.length === LINK_CODE_LENGTH && hashLinkCode(code) === hashLinkCode(code.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });

  it('explains each rejection differently', () => {
    const texts = (['malformed', 'unknown', 'expired', 'used'] as const).map(describeLinkCodeRejection);
    expect(new Set(texts).size).toBe(4);
    expect(describeLinkCodeRejection('expired')).toContain('10 minutes');
  });
});

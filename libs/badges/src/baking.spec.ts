import { inflateSync } from 'node:zlib';
import { renderBadgeSvg, renderPng } from './badge-image.js';
import { bakePng, bakeSvg, BakingError, extractFromPng, extractFromSvg, PNG_CREDENTIAL_KEYWORD } from './baking.js';
import { testIssuer } from './test-fixtures.js';
import { verifyPresentedCredential } from './verify.js';

describe('baked badges', () => {
  const world = testIssuer();
  const { jws, credential } = world.issue();
  const svg = renderBadgeSvg({ achievementId: 'a', name: 'Dialogue facilitation <large & urban>', issuerName: 'ALA' });

  it('renders an SVG badge with escaped text and rasterises it to a PNG', () => {
    expect(svg).toContain('&lt;large &amp;');
    const png = renderPng(svg);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400); // IHDR width
  });

  it('bakes a JWS into a PNG iTXt chunk before IEND and extracts it again; the image still decodes', async () => {
    const png = renderPng(svg);
    expect(extractFromPng(png)).toBeNull();
    const baked = bakePng(png, jws);
    expect(extractFromPng(baked)).toBe(jws);
    const keywordAt = baked.indexOf(Buffer.from(`iTXt${PNG_CREDENTIAL_KEYWORD}\0\0\0\0\0`, 'latin1'));
    expect(keywordAt).toBeGreaterThan(0);
    expect(baked.subarray(-8, -4).toString('latin1')).toBe('IEND');
    // Re-baking replaces rather than appends.
    expect(bakePng(baked, 'other').toString('latin1').split(`iTXt${PNG_CREDENTIAL_KEYWORD}`)).toHaveLength(2);
    expect(extractFromPng(bakePng(baked, 'other'))).toBe('other');
    // The IDAT stream is untouched.
    const idat = (buffer: Buffer) => buffer.subarray(buffer.indexOf('IDAT') + 4, buffer.indexOf('IDAT') + 4 + buffer.readUInt32BE(buffer.indexOf('IDAT') - 4));
    expect(inflateSync(idat(baked))).toEqual(inflateSync(idat(png)));
    expect((await verifyPresentedCredential(extractFromPng(baked), world.dependencies())).status).toBe('valid');
  });

  it('bakes JSON credentials too (UTF-8 text)', () => {
    const json = JSON.stringify({ ...credential, name: 'Día de los Niños ✓' });
    expect(extractFromPng(bakePng(renderPng(svg), json))).toBe(json);
    expect(extractFromSvg(bakeSvg(svg, json))).toBe(json);
  });

  it('rejects damaged PNGs with a BakingError', () => {
    const baked = bakePng(renderPng(svg), jws);
    expect(() => extractFromPng(Buffer.from('not a png'))).toThrow(BakingError);
    const corrupted = Buffer.from(baked);
    corrupted[baked.indexOf('iTXt') + 30] ^= 0xff;
    expect(() => extractFromPng(corrupted)).toThrow(/CRC/);
    expect(() => extractFromPng(baked.subarray(0, baked.length - 6))).toThrow(BakingError);
  });

  it('bakes into SVG as an openbadges:credential element in the OB 3.0 namespace', () => {
    const baked = bakeSvg(svg, jws);
    expect(baked).toMatch(/^<svg xmlns:openbadges="https:\/\/purl\.imsglobal\.org\/ob\/v3p0" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(baked).toContain(`<openbadges:credential>${jws}</openbadges:credential>`);
    expect(extractFromSvg(baked)).toBe(jws);
    expect(extractFromSvg(bakeSvg(baked, 'second'))).toBe('second');
    expect(extractFromSvg(svg)).toBeNull();
    expect(() => extractFromSvg('<html></html>')).toThrow(BakingError);
    // The baked SVG still renders.
    expect(renderPng(baked).subarray(1, 4).toString()).toBe('PNG');
  });
});

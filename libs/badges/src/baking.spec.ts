import { inflateSync } from 'node:zlib';
import { renderBadgeSvg, renderPng } from './badge-image.js';
import { bakePng, bakeSvg, BakingError, extractFromPng, extractFromSvg, MAX_BAKED_SVG_CHARS, PNG_CREDENTIAL_KEYWORD } from './baking.js';
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

  it('bakes into SVG as an openbadges:credential element in the OB 3.0 namespace (a JWS in its verify attribute)', () => {
    const baked = bakeSvg(svg, jws);
    expect(baked).toMatch(/^<svg xmlns:openbadges="https:\/\/purl\.imsglobal\.org\/ob\/v3p0" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(baked).toContain(`<openbadges:credential verify="${jws}"/>`);
    expect(extractFromSvg(baked)).toBe(jws);
    expect(extractFromSvg(bakeSvg(baked, 'second'))).toBe('second');
    expect(extractFromSvg(svg)).toBeNull();
    expect(() => extractFromSvg('<html></html>')).toThrow(BakingError);
    // The baked SVG still renders.
    expect(renderPng(baked).subarray(1, 4).toString()).toBe('PNG');
  });

  it('still reads SVGs baked before: the JWS as the element text', () => {
    const old = svg.replace(/^<svg /, `<svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" `).replace(/(<svg[^>]*>)/, `$1<openbadges:credential>${jws}</openbadges:credential>`);
    expect(extractFromSvg(old)).toBe(jws);
    expect(extractFromSvg(bakeSvg(old, 'replaced'))).toBe('replaced');
  });

  it('reads the credential JSON from CDATA, with a "]]>" inside it', () => {
    const json = JSON.stringify({ name: 'tricky ]]> name' });
    const baked = bakeSvg(svg, json);
    expect(baked).toContain('<openbadges:credential><![CDATA[');
    expect(extractFromSvg(baked)).toBe(json);
  });

  const hostile: [string, string][] = [
    ['opening tags that never close', `<svg>${'<openbadges:credential>'.repeat(45_000)}`],
    ['root tags that never end', `<svg ${'<svg '.repeat(200_000)}`],
    ['a credential element with a huge unclosed attribute list', `<svg><openbadges:credential ${'a="b" '.repeat(170_000)}`],
    ['an element that never closes, then more openings', `<svg><openbadges:credential>${'x<openbadges:credential'.repeat(45_000)}`],
  ];
  it.each(hostile)('processes a 1 MB hostile SVG (%s) in well under a second', (_what, document) => {
    expect(document.length).toBeGreaterThan(900_000);
    const started = performance.now();
    for (const run of [() => extractFromSvg(document), () => bakeSvg(document, jws)]) {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(BakingError);
      }
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses an SVG over the size bound before scanning it', () => {
    expect(() => extractFromSvg(`<svg>${' '.repeat(MAX_BAKED_SVG_CHARS)}</svg>`)).toThrow(/larger than/);
  });
});

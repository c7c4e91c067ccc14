import { crc32 } from 'node:zlib';

/** Keyword of the PNG iTXt chunk that carries an Open Badges 3.0 credential. */
export const PNG_CREDENTIAL_KEYWORD = 'openbadgecredential';
export const OB_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngChunk {
  type: string;
  data: Buffer;
}

export class BakingError extends Error {
  override readonly name = 'BakingError';
}

/** Splits a PNG into chunks, checking each CRC; throws BakingError on anything that is not a sound PNG. */
function readPngChunks(png: Buffer): PngChunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new BakingError('the file is not a PNG image');
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new BakingError('the PNG ends in the middle of a chunk');
    const length = png.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new BakingError('a PNG chunk runs past the end of the file');
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) >>> 0 !== png.readUInt32BE(offset + 8 + length)) throw new BakingError('a PNG chunk fails its CRC check');
    const chunk = { type: typeAndData.subarray(0, 4).toString('latin1'), data: Buffer.from(typeAndData.subarray(4)) };
    chunks.push(chunk);
    offset = end;
    if (chunk.type === 'IEND') break;
  }
  if (chunks.at(-1)?.type !== 'IEND') throw new BakingError('the PNG has no IEND chunk');
  return chunks;
}

function writePngChunk(chunk: PngChunk): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(chunk.data.length, 0);
  header.write(chunk.type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), chunk.data])) >>> 0, 0);
  return Buffer.concat([header, chunk.data, crc]);
}

/** iTXt: keyword, NUL, compression flag 0 (uncompressed), method 0, empty language tag and translated keyword, UTF-8 text. */
function credentialTextChunk(credential: string): PngChunk {
  const data = Buffer.concat([Buffer.from(PNG_CREDENTIAL_KEYWORD, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(credential, 'utf8')]);
  return { type: 'iTXt', data };
}

function parseITxt(data: Buffer): { keyword: string; text: string } | null {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1) return null;
  const keyword = data.subarray(0, keywordEnd).toString('latin1');
  const compressed = data[keywordEnd + 1];
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  if (languageEnd < 0) return null;
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0 || compressed !== 0) return null;
  return { keyword, text: data.subarray(translatedEnd + 1).toString('utf8') };
}

/** Bakes a credential (compact JWS or JSON) into a PNG, replacing any credential already there. */
export function bakePng(png: Buffer, credential: string): Buffer {
  const chunks = readPngChunks(png).filter((chunk) => !(chunk.type === 'iTXt' && parseITxt(chunk.data)?.keyword === PNG_CREDENTIAL_KEYWORD));
  const iend = chunks.pop() as PngChunk;
  return Buffer.concat([PNG_SIGNATURE, ...chunks.map(writePngChunk), writePngChunk(credentialTextChunk(credential)), writePngChunk(iend)]);
}

/** The credential baked into a PNG, or null when there is none. Throws BakingError for a damaged PNG. */
export function extractFromPng(png: Buffer): string | null {
  for (const chunk of readPngChunks(png)) {
    if (chunk.type !== 'iTXt') continue;
    const parsed = parseITxt(chunk.data);
    if (parsed?.keyword === PNG_CREDENTIAL_KEYWORD) return parsed.text;
  }
  return null;
}

const escapeXmlText = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Bakes a credential into an SVG: an <openbadges:credential> element right after the root's opening tag. */
export function bakeSvg(svg: string, credential: string): string {
  const withoutOld = svg.replace(/<openbadges:credential[\s\S]*?<\/openbadges:credential>/g, '');
  const root = /<svg\b[^>]*>/.exec(withoutOld);
  if (!root) throw new BakingError('the file is not an SVG image (no <svg> element)');
  let openTag = root[0];
  if (!/xmlns:openbadges=/.test(openTag)) {
    openTag = openTag.replace(/^<svg\b/, `<svg xmlns:openbadges="${OB_SVG_NAMESPACE}"`);
  }
  const isJson = credential.trim().startsWith('{');
  // A JWS is plain base64url text; JSON goes in CDATA as the specification shows.
  const body = isJson ? `<![CDATA[${credential.replaceAll(']]>', ']]]]><![CDATA[>')}]]>` : escapeXmlText(credential);
  const element = `<openbadges:credential>${body}</openbadges:credential>`;
  return withoutOld.slice(0, root.index) + openTag + element + withoutOld.slice(root.index + root[0].length);
}

/** The credential baked into an SVG, or null when there is none. */
export function extractFromSvg(svg: string): string | null {
  if (!/<svg\b/.test(svg)) throw new BakingError('the file is not an SVG image (no <svg> element)');
  const match = /<openbadges:credential(?:\s[^>]*)?>([\s\S]*?)<\/openbadges:credential>/.exec(svg);
  if (!match) return null;
  const inner = match[1].trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner);
  if (cdata) return cdata[1].replaceAll(']]]]><![CDATA[>', ']]>');
  return inner.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

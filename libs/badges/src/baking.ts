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

/** Bakes a credential (JSON with its proof, or a compact JWS) into a PNG, replacing any credential already there. */
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

/** Baked images larger than this are refused before any scan (verification uploads are far smaller). */
export const MAX_BAKED_SVG_CHARS = 4 * 1024 * 1024;

const CREDENTIAL_OPEN = '<openbadges:credential';
const CREDENTIAL_CLOSE = '</openbadges:credential>';

const escapeXml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const unescapeXml = (value: string) =>
  value.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/**
 * The `<openbadges:credential …>` element of an SVG: where it starts and ends, its opening tag,
 * and its content. Every step is an indexOf from the previous position, so the cost is linear in
 * the file whatever it holds (the regular expressions this replaces were quadratic on crafted input).
 */
function findCredentialElement(svg: string, from = 0): { start: number; end: number; openTag: string; content: string | null } | null {
  let start = svg.indexOf(CREDENTIAL_OPEN, from);
  while (start >= 0) {
    const next = svg.charAt(start + CREDENTIAL_OPEN.length);
    if (next === '>' || next === '/' || /\s/.test(next)) break;
    start = svg.indexOf(CREDENTIAL_OPEN, start + CREDENTIAL_OPEN.length); // e.g. <openbadges:credentialX
  }
  if (start < 0) return null;
  const tagEnd = svg.indexOf('>', start);
  if (tagEnd < 0) throw new BakingError('the SVG ends inside an <openbadges:credential> tag');
  const openTag = svg.slice(start, tagEnd + 1);
  if (openTag.endsWith('/>')) return { start, end: tagEnd + 1, openTag, content: null };
  const close = svg.indexOf(CREDENTIAL_CLOSE, tagEnd);
  if (close < 0) throw new BakingError('the SVG has an <openbadges:credential> element that is never closed');
  return { start, end: close + CREDENTIAL_CLOSE.length, openTag, content: svg.slice(tagEnd + 1, close) };
}

/** The value of a double- or single-quoted attribute in one opening tag (bounded by the tag's length). */
function attribute(openTag: string, name: string): string | null {
  let at = openTag.indexOf(` ${name}=`);
  if (at < 0) at = openTag.indexOf(`\n${name}=`);
  if (at < 0) at = openTag.indexOf(`\t${name}=`);
  if (at < 0) return null;
  const quote = openTag.charAt(at + name.length + 2);
  if (quote !== '"' && quote !== "'") return null;
  const valueEnd = openTag.indexOf(quote, at + name.length + 3);
  return valueEnd < 0 ? null : unescapeXml(openTag.slice(at + name.length + 3, valueEnd));
}

function assertSvg(svg: string): number {
  if (svg.length > MAX_BAKED_SVG_CHARS) throw new BakingError(`the SVG is larger than ${MAX_BAKED_SVG_CHARS / 1024 / 1024} MiB`);
  const root = svg.search(/<svg[\s>]/);
  if (root < 0) throw new BakingError('the file is not an SVG image (no <svg> element)');
  return root;
}

/**
 * Bakes a credential into an SVG as the Open Badges 3.0 baking section says: right after the
 * root's opening tag, a JSON credential inside `<openbadges:credential>` as CDATA, or a compact
 * JWS in the element's `verify` attribute. Any credential already there is replaced.
 */
export function bakeSvg(svg: string, credential: string): string {
  assertSvg(svg);
  let withoutOld = '';
  let position = 0;
  for (let element = findCredentialElement(svg); element; element = findCredentialElement(svg, position)) {
    withoutOld += svg.slice(position, element.start);
    position = element.end;
  }
  withoutOld += svg.slice(position);
  const root = assertSvg(withoutOld);
  const rootEnd = withoutOld.indexOf('>', root);
  if (rootEnd < 0) throw new BakingError('the SVG root element is never closed');
  let openTag = withoutOld.slice(root, rootEnd + 1);
  if (!openTag.includes('xmlns:openbadges=')) openTag = `<svg xmlns:openbadges="${OB_SVG_NAMESPACE}"${openTag.slice(4)}`;
  const element = credential.trim().startsWith('{')
    ? `<openbadges:credential><![CDATA[${credential.replaceAll(']]>', ']]]]><![CDATA[>')}]]></openbadges:credential>`
    : `<openbadges:credential verify="${escapeXml(credential.trim())}"/>`;
  return withoutOld.slice(0, root) + openTag + element + withoutOld.slice(rootEnd + 1);
}

/**
 * The credential baked into an SVG (the JSON in the element, or the JWS in its `verify`
 * attribute), or null when there is none. Linear in the file's size, which is bounded.
 */
export function extractFromSvg(svg: string): string | null {
  assertSvg(svg);
  const element = findCredentialElement(svg);
  if (!element) return null;
  const verify = attribute(element.openTag, 'verify');
  const inner = (element.content ?? '').trim();
  if (inner === '') return verify;
  if (inner.startsWith('<![CDATA[') && inner.endsWith(']]>')) return inner.slice(9, -3).replaceAll(']]]]><![CDATA[>', ']]>');
  return unescapeXml(inner);
}

/*
 * What an uploaded resource file really is, from its bytes (magic numbers and, for the Office
 * formats, the ZIP central directory), never from its name alone. Only the types below are
 * accepted; a name whose extension disagrees with the bytes is refused too.
 */

export interface ResourceFileType {
  mediaType: string;
  extensions: readonly string[];
}

export const RESOURCE_FILE_TYPES = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  mp3: { mediaType: 'audio/mpeg', extensions: ['mp3'] },
  mp4: { mediaType: 'video/mp4', extensions: ['mp4', 'm4a'] },
} as const satisfies Record<string, ResourceFileType>;

export type ResourceFileTypeName = keyof typeof RESOURCE_FILE_TYPES;

/** Every media type an upload may declare (its Content-Type), besides application/octet-stream. */
export const RESOURCE_MEDIA_TYPES: readonly string[] = Object.values(RESOURCE_FILE_TYPES).map((type) => type.mediaType);

export type FileCheck =
  | { ok: true; type: ResourceFileTypeName; mediaType: string }
  | { ok: false; rule: 'empty' | 'fileType' | 'extension'; message: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The file names in a ZIP's central directory (bounded: at most `maxEntries`), or null when it is not a well-formed ZIP. */
export function zipEntryNames(bytes: Uint8Array, maxEntries = 10_000): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries > maxEntries) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The allowed type the bytes prove, or null. */
export function sniffResourceFileType(bytes: Uint8Array): ResourceFileTypeName | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('ID3')) || startsWith(bytes, [0xff, 0xfb]) || startsWith(bytes, [0xff, 0xf3]) || startsWith(bytes, [0xff, 0xf2])) return 'mp3';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'mp4';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (!names || !names.includes('[Content_Types].xml')) return null;
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('ppt/presentation.xml')) return 'pptx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
  }
  return null;
}

/** Checks an upload: its bytes must be an allowed type, and its file name's extension that type's. */
export function checkResourceFile(fileName: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, rule: 'empty', message: 'the file is empty' };
  const type = sniffResourceFileType(bytes);
  if (!type) {
    return { ok: false, rule: 'fileType', message: `the file's contents are not one of: ${Object.keys(RESOURCE_FILE_TYPES).join(', ')}` };
  }
  const extension = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  const allowed: readonly string[] = RESOURCE_FILE_TYPES[type].extensions;
  if (!allowed.includes(extension)) {
    return { ok: false, rule: 'extension', message: `the contents are ${type}, so the file name must end in .${allowed.join(' or .')}` };
  }
  return { ok: true, type, mediaType: RESOURCE_FILE_TYPES[type].mediaType };
}

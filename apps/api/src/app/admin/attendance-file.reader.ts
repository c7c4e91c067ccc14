import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { type AttendanceReadOptions, AttendanceReader, type ParsedAttendance } from '@stacks/learning-domain';
import { DomainError } from '../problem/domain-error.js';

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface AttendanceFileOptions extends AttendanceReadOptions {
  /** The read stops with a 422 once it has taken this long. */
  timeoutMs: number;
}

export interface ReadAttendanceFile extends ParsedAttendance {
  encoding: FileEncoding;
  delimiter: ',' | '\t' | ';';
}

/** Largest single record (one row, quoted newlines included); a longer one is not an attendance row. */
const MAX_RECORD_CHARS = 64 * 1024;
const CHUNK_BYTES = 64 * 1024;

/**
 * Decodes an uploaded export (UTF-8, or UTF-16 with a BOM as Teams writes it), guesses the
 * delimiter, and streams its records through csv-parse into the attendance reader, bounded in
 * record size, row count and time.
 */
export async function readAttendanceFile(file: Buffer, options: AttendanceFileOptions): Promise<ReadAttendanceFile> {
  const encoding = detectEncoding(file);
  const delimiter = detectDelimiter(new TextDecoder(encoding).decode(file.subarray(0, 8192)));
  const reader = new AttendanceReader(options);
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  const source = Readable.from(decodeInChunks(file, encoding));
  source.pipe(parser);
  const deadline = Date.now() + options.timeoutMs;
  // Blank lines come through as records, so a record starts one line after the previous one
  // ended; quoted line breaks inside it move the next start further (cheaper than csv-parse's info).
  let line = 1;
  let records = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      reader.push({ line, fields: record });
      line += 1;
      for (const field of record) if (field.includes('\n')) line += field.split('\n').length - 1;
      if (!reader.accepting) break;
      records += 1;
      if ((records & 1023) === 0 && Date.now() > deadline) {
        throw new DomainError(422, 'import-too-slow', `the file took longer than ${options.timeoutMs} ms to read; split it or check its layout`, [
          { field: 'body', rule: 'maxDuration', message: `reading stopped at line ${line}` },
        ]);
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const { code, lines, message } = error as { code?: string; lines?: number; message: string };
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      throw new DomainError(422, 'malformed-csv', `the file is not well-formed CSV: ${message}`, [
        { field: 'body', rule: code === 'CSV_MAX_RECORD_SIZE' ? 'maxRecordSize' : 'csv', message: `line ${lines ?? line}: ${message}` },
      ]);
    }
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
  return { ...reader.finish(), encoding, delimiter };
}

function detectEncoding(file: Buffer): FileEncoding {
  if (file[0] === 0xff && file[1] === 0xfe) return 'utf-16le';
  if (file[0] === 0xfe && file[1] === 0xff) return 'utf-16be';
  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  if (file.length >= 4 && file[0] !== 0 && file[1] === 0 && file[2] !== 0 && file[3] === 0) return 'utf-16le';
  return 'utf-8';
}

function* decodeInChunks(file: Buffer, encoding: FileEncoding): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let offset = 0; offset < file.length; offset += CHUNK_BYTES) {
    const text = decoder.decode(file.subarray(offset, offset + CHUNK_BYTES), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Tab for Teams, semicolon for spreadsheets saved in comma-decimal locales, comma otherwise. */
function detectDelimiter(head: string): ',' | '\t' | ';' {
  const lines = head.split(/\r?\n/).slice(0, 30);
  const count = (char: string) => lines.reduce((sum, line) => sum + (line.split(char).length - 1), 0);
  const [tabs, commas, semicolons] = [count('\t'), count(','), count(';')];
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

import { DomainError } from '../problem/domain-error.js';
import { readAttendanceFile } from './attendance-file.reader.js';

const options = { timeoutMs: 10_000, maxRows: 1000 };
const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
};

describe('readAttendanceFile', () => {
  it('reads UTF-16 little- and big-endian files with a BOM, tab-separated', async () => {
    const text = 'Email\tMinutes\r\nada@example.org\t45\r\n';
    for (const [endian, encoding] of [['le', 'utf-16le'], ['be', 'utf-16be']] as const) {
      const parsed = await readAttendanceFile(utf16(text, endian), options);
      expect(parsed).toMatchObject({ encoding, delimiter: '\t', format: 'stacks-csv' });
      expect(parsed.rows).toEqual([expect.objectContaining({ email: 'ada@example.org', minutesAttended: 45, line: 2 })]);
    }
  });

  it('reads semicolon-separated files and keeps line numbers across quoted line breaks and blank lines', async () => {
    const parsed = await readAttendanceFile(Buffer.from('\ufeffName;Email;Minutes\n"Ada\nReyes";ada@example.org;45\n\nGrace;not-an-address;30\n'), options);
    expect(parsed).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
    expect(parsed.rows).toEqual([expect.objectContaining({ email: 'ada@example.org', name: 'Ada\nReyes', line: 2 })]);
    expect(parsed.errors).toEqual([expect.objectContaining({ line: 5, field: 'email', rule: 'isEmail' })]);
  });

  it('refuses malformed CSV with the line, and an oversized record', async () => {
    await expect(readAttendanceFile(Buffer.from('email,minutes\n"ada@example.org,45\n'), options)).rejects.toMatchObject({
      status: 422,
      slug: 'malformed-csv',
    });
    const huge = Buffer.from(`email,minutes\n"${'x'.repeat(70_000)}",1\n`);
    const refused = await readAttendanceFile(huge, options).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).errors).toEqual([expect.objectContaining({ field: 'body', rule: 'maxRecordSize' })]);
  });
});

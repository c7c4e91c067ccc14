import { minimalDocx, storedZip } from '@stacks/test-processes';
import { checkResourceFile, sniffResourceFileType, zipEntryNames } from './resource-file-type.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

describe('resource file type: the bytes decide, not the name', () => {
  it('accepts a PDF named .pdf and reports its media type', () => {
    expect(checkResourceFile('dia-booklist.pdf', pdf)).toEqual({ ok: true, type: 'pdf', mediaType: 'application/pdf' });
  });

  it('recognises a Word document by its ZIP central directory, and a plain ZIP as nothing allowed', () => {
    expect(sniffResourceFileType(minimalDocx())).toBe('docx');
    expect(sniffResourceFileType(storedZip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }))).toBe('pptx');
    expect(sniffResourceFileType(storedZip({ 'notes.txt': 'hello' }))).toBeNull();
  });

  it('refuses an executable renamed to .pdf (fileType) and a PDF renamed to .docx (extension)', () => {
    const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
    expect(checkResourceFile('worksheet.pdf', executable)).toMatchObject({ ok: false, rule: 'fileType' });
    expect(checkResourceFile('worksheet.docx', pdf)).toMatchObject({ ok: false, rule: 'extension' });
    expect(checkResourceFile('worksheet', pdf)).toMatchObject({ ok: false, rule: 'extension' });
  });

  it('refuses an empty file', () => {
    expect(checkResourceFile('empty.pdf', Buffer.alloc(0))).toMatchObject({ ok: false, rule: 'empty' });
  });

  it('treats a truncated ZIP (central directory cut off) as not a ZIP', () => {
    const docx = minimalDocx();
    expect(zipEntryNames(docx.subarray(0, docx.length - 30))).toBeNull();
    expect(sniffResourceFileType(docx.subarray(0, docx.length - 30))).toBeNull();
  });
});

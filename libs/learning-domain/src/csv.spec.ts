import { formatCsv, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, embedded commas and line breaks', () => {
    const records = parseCsv('name,comment\n"Serrano, Elly","said ""hi""\nthen left"\nplain,value\n');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'comment'] },
      { line: 2, fields: ['Serrano, Elly', 'said "hi"\nthen left'] },
      { line: 4, fields: ['plain', 'value'] },
    ]);
  });

  it('strips a byte-order mark, accepts CRLF and skips blank lines while keeping line numbers', () => {
    const records = parseCsv('\uFEFFa,b\r\n\r\n1,2\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('keeps empty fields and a last record without a newline', () => {
    expect(parseCsv('a,,c\n,')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: ['', ''] },
    ]);
  });
});

describe('formatCsv', () => {
  it('writes what parseCsv reads back, quoting commas, quotes and line breaks', () => {
    const rows = [
      ['title', 'hours'],
      ['Dialogue, part "one"\nof three', '1.5'],
      ['', '0'],
    ];
    expect(parseCsv(formatCsv(rows)).map((record) => record.fields)).toEqual(rows);
  });

  it('defuses fields a spreadsheet would run as formulas, and writes numbers and nulls plainly', () => {
    expect(formatCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 1.25, null]])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),1.25,\r\n`);
  });
});

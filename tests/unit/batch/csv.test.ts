import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/batch/csv';

const fieldsOf = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv', () => {
  it('splits plain records on commas and line ends', () => {
    expect(fieldsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    const result = parseCsv('topic,keywords\n"Rust, Go and Zig","say ""fast""\nand safe"\nnext,one\n');
    expect(result.records).toEqual([
      { line: 1, fields: ['topic', 'keywords'] },
      { line: 2, fields: ['Rust, Go and Zig', 'say "fast"\nand safe'] },
      { line: 4, fields: ['next', 'one'] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads CRLF and lone CR line ends and counts lines the same way', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4').records.map((record) => record.line)).toEqual([1, 2, 3]);
    expect(parseCsv('a\r1\r2').records.map((record) => record.line)).toEqual([1, 2, 3]);
  });

  it('drops a byte-order mark and skips blank lines', () => {
    expect(parseCsv('\uFEFFtopic\n\nOne\n\n\nTwo\n').records).toEqual([
      { line: 1, fields: ['topic'] },
      { line: 3, fields: ['One'] },
      { line: 6, fields: ['Two'] },
    ]);
  });

  it('keeps empty fields, including a quoted empty one and a trailing one', () => {
    expect(fieldsOf('a,,""\nb,\n""')).toEqual([['a', '', ''], ['b', ''], ['']]);
  });

  it('reports a quote that is never closed, on the line where it opened', () => {
    const result = parseCsv('topic\nGood\n"Broken, it goes\non and on\n');
    expect(result.records.map((record) => record.fields)).toEqual([['topic'], ['Good']]);
    expect(result.problems).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(fieldsOf('He said "hi",x')).toEqual([['He said "hi"', 'x']]);
  });
});

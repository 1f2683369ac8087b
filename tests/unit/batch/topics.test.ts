import { describe, expect, it } from 'vitest';
import { BatchOptions } from '@/lib/batch/schemas';
import { parseTopicCsv, parseTopicList } from '@/lib/batch/topics';

const defaults = BatchOptions.parse({ tone: 'friendly', length: 'long' });

describe('parseTopicList', () => {
  it('makes one topic per non-blank line with the shared options, dropping list bullets', () => {
    const { rows, problems } = parseTopicList('  First topic \n\n- Second topic\n3. Third topic\r\n* Fourth', defaults);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.line, row.values.topic])).toEqual([
      [1, 'First topic'],
      [3, 'Second topic'],
      [4, 'Third topic'],
      [5, 'Fourth'],
    ]);
    expect(rows[0]?.values).toEqual({ topic: 'First topic', keywords: '', tone: 'friendly', audience: '', length: 'long', language: '' });
  });

  it('reports a topic over 500 characters by line and keeps the others', () => {
    const { rows, problems } = parseTopicList(`Fine\n${'x'.repeat(501)}\nAlso fine`, defaults);
    expect(rows.map((row) => row.values.topic)).toEqual(['Fine', 'Also fine']);
    expect(problems).toEqual([{ line: 2, message: 'Keep the topic under 500 characters.' }]);
  });
});

describe('parseTopicCsv', () => {
  it('reads the documented header, with row values winning over the shared options', () => {
    const csv = 'topic,keywords,tone,audience,length\n"Python, Django and Flask","django vs flask",,beginners,Short\nRust in 2026,,,,\n';
    const { rows, problems } = parseTopicCsv(csv, defaults);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        values: {
          topic: 'Python, Django and Flask',
          keywords: 'django vs flask',
          tone: 'friendly',
          audience: 'beginners',
          length: 'short',
          language: '',
        },
      },
      { line: 3, values: { topic: 'Rust in 2026', keywords: '', tone: 'friendly', audience: '', length: 'long', language: '' } },
    ]);
  });

  it('takes the columns in any order and case, with only topic required', () => {
    const { rows } = parseTopicCsv('Length,TOPIC\nstandard,One\n', defaults);
    expect(rows[0]?.values).toMatchObject({ topic: 'One', length: 'standard' });
  });

  it('reports a bad length, an empty topic and too many fields by line number and keeps the good rows', () => {
    const csv = ['topic,length', 'Good one,short', 'Bad length,medium', ',long', 'Too,many,fields', 'Another good one,'].join('\r\n');
    const { rows, problems } = parseTopicCsv(csv, defaults);
    expect(rows.map((row) => [row.line, row.values.topic])).toEqual([
      [2, 'Good one'],
      [6, 'Another good one'],
    ]);
    expect(problems).toEqual([
      { line: 3, message: 'Length must be short, standard or long, not "medium".' },
      { line: 4, message: 'Type a topic for the post.' },
      { line: 5, message: expect.stringContaining('3 fields but the header has 2') },
    ]);
  });

  it('says what the header must be when it is missing', () => {
    const { rows, problems } = parseTopicCsv('Just a topic,some keywords\nAnother,more\n', defaults);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('header naming the columns') }]);
  });

  it('reads a CSV saved with a byte-order mark and CRLF', () => {
    const { rows, problems } = parseTopicCsv('\uFEFFtopic,keywords\r\nOne,"a, b"\r\n', defaults);
    expect(problems).toEqual([]);
    expect(rows[0]?.values).toMatchObject({ topic: 'One', keywords: 'a, b' });
  });

  it('reports unknown columns but still reads the rows', () => {
    const { rows, problems } = parseTopicCsv('topic,notes\nOne,ignored\n', defaults);
    expect(rows.map((row) => row.values.topic)).toEqual(['One']);
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('"notes" is not used') }]);
  });

  it('reports an empty file and an unclosed quote', () => {
    expect(parseTopicCsv('', defaults).problems).toEqual([{ line: 1, message: 'The CSV is empty.' }]);
    const unclosed = parseTopicCsv('topic\nOne\n"Two, never closed\n', defaults);
    expect(unclosed.rows.map((row) => row.values.topic)).toEqual(['One']);
    expect(unclosed.problems).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
  });
});

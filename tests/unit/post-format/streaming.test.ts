import { describe, expect, test } from 'vitest';
import { PostParser, parsePost } from '@/lib/post-format';

const HEADER =
  'TITLE: Edge Caching 101\nMETA_DESCRIPTION: What a CDN caches.\nTAGS: CDN, caching\nCATEGORIES: Content Delivery Networks (CDNs)\n\n';

function parserWith(...deltas: string[]): PostParser {
  const parser = new PostParser();
  for (const delta of deltas) parser.push(delta);
  return parser;
}

describe('snapshot()', () => {
  test('shows a header field only once its line is complete', () => {
    const parser = parserWith('Sure, here it is:\nTITLE: Edge Cach');
    expect(parser.snapshot().title).toBe('');
    parser.push('ing 101');
    expect(parser.snapshot().title).toBe('');
    parser.push('\nMETA_DESCRIPTION: What');
    expect(parser.snapshot()).toMatchObject({ title: 'Edge Caching 101', metaDescription: '', body: '', ended: false });
  });

  test('shows the body line being written, without its trailing whitespace', () => {
    const parser = parserWith(HEADER, 'A CDN keeps copies of your files close to readers.\n\nIt ');
    expect(parser.snapshot().body).toBe('A CDN keeps copies of your files close to readers.\n\nIt');
    parser.push('helps.   ');
    expect(parser.snapshot().body).toBe('A CDN keeps copies of your files close to readers.\n\nIt helps.');
  });

  test('shows a long first body line while it grows, but not a short one that might still be a label', () => {
    const parser = parserWith(HEADER.trimEnd(), '\nContent');
    expect(parser.snapshot().body).toBe('');
    parser.push(' delivery networks move static files to servers all over the world, so ');
    expect(parser.snapshot().body).toBe('Content delivery networks move static files to servers all over the world, so');
  });

  test.each([
    ['-EndOF', 'Done.'],
    ['-EndOFText', 'Done.'],
    ['</End', 'Done.'],
    ['<endoftext/', 'Done.'],
    ['**-', 'Done.'],
    ['EndOFText', 'Done.'],
    ['EndOFText  ', 'Done.'],
    ['endoftext -EndOF', 'Done.'],
    ['-ENDOFTEXTUAL', 'Done. -ENDOFTEXTUAL'],
    ['EndOFText is a word', 'Done. EndOFText is a word'],
  ])('holds back %j at the end of the growing line', (tail, shown) => {
    const parser = parserWith(HEADER, 'Intro.\n', `Done. ${tail}`);
    expect(parser.snapshot().body).toBe(`Intro.\n${shown}`);
  });

  test('never shows a complete marker, and shows text after it only as a warning', () => {
    const parser = parserWith(HEADER, 'The end. -EndOFText', '- Hope this helps');
    expect(parser.snapshot()).toMatchObject({ body: 'The end.', ended: true });
    expect(parser.snapshot().warnings).toEqual(['The model wrote text after the end marker; it was not kept: "Hope this helps"']);
  });

  test('hides a fence that may wrap the body until it is known not to', () => {
    const parser = parserWith(HEADER, '```markdown\n');
    expect(parser.snapshot().body).toBe('');
    parser.push('## Why cache\n\nSpeed.\n``');
    expect(parser.snapshot().body).toBe('## Why cache\n\nSpeed.');
    parser.push('`\n');
    expect(parser.snapshot().body).toBe('## Why cache\n\nSpeed.');
    parser.push('\nMore text\n');
    expect(parser.snapshot().body).toBe('## Why cache\n\nSpeed.\n```\n\nMore text');
  });

  test('adds missing-field warnings only on finish()', () => {
    const parser = parserWith('TITLE: Only a title\n\nBody text.\n');
    expect(parser.snapshot().warnings).toEqual([]);
    expect(parser.finish().warnings).toEqual([
      'The model wrote no META_DESCRIPTION.',
      'The model wrote no TAGS.',
      'The model wrote no CATEGORIES.',
    ]);
  });
});

describe('finish()', () => {
  test('processes the last line even without a newline', () => {
    const post = parserWith(HEADER, 'Last line ends with -EndOF').finish();
    expect(post).toMatchObject({ body: 'Last line ends with -EndOF', ended: false });
  });

  test('is idempotent, freezes snapshot() and refuses further pushes', () => {
    const parser = parserWith(HEADER, 'Body.\n-EndOFText-');
    const post = parser.finish();
    expect(parser.finish()).toBe(post);
    expect(parser.snapshot()).toBe(post);
    expect(() => parser.push('more')).toThrow(/after finish/);
  });

  test('an empty reply gives every missing-field warning and no throw', () => {
    expect(parsePost('')).toEqual({
      title: '',
      metaDescription: '',
      tags: [],
      categories: [],
      body: '',
      warnings: [
        'The model wrote no TITLE.',
        'The model wrote no META_DESCRIPTION.',
        'The model wrote no TAGS.',
        'The model wrote no CATEGORIES.',
        'The model wrote no post body.',
      ],
      ended: false,
    });
  });
});

test('a huge single line arriving in tiny deltas parses to the same body', () => {
  const sentence = 'Edge caches answer from memory, so the origin sees a fraction of the traffic. ';
  const line = sentence.repeat(4000).trimEnd();
  const parser = parserWith(HEADER);
  for (let index = 0; index < line.length; index += 3) {
    parser.push(line.slice(index, index + 3));
    if (index % 999 === 0) expect(line.startsWith(parser.snapshot().body)).toBe(true);
  }
  parser.push(' -EndOFText-');
  const post = parser.finish();
  expect(post.body).toBe(line);
  expect(post.ended).toBe(true);
});

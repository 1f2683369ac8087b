import { describe, expect, test } from 'vitest';
import { parsePost } from '@/lib/post-format';

const HEADER = 'TITLE: Tokenizers\nMETA_DESCRIPTION: How text becomes tokens.\nTAGS: NLP\nCATEGORIES: Artificial Intelligence\n\n';
const LAST = 'Tokenizers shape what a model can see.';

describe.each([
  '-EndOFText-',
  '</EndOFText>',
  '-ENDOFTEXT-',
  '<EndOFText>',
  'EndOFText',
  'endoftext',
  '<endoftext/>',
  '---EndOFText---',
  '**-EndOFText-**',
  '__EndOFText__',
])('end marker %j', (marker) => {
  test('on its own line', () => {
    expect(parsePost(`${HEADER}${LAST}\n\n${marker}\n`)).toMatchObject({ body: LAST, ended: true, warnings: [] });
  });

  test('after the last sentence, with CRLF', () => {
    expect(parsePost(`${HEADER.replace(/\n/g, '\r\n')}${LAST} ${marker}\r\n`)).toMatchObject({ body: LAST, ended: true, warnings: [] });
  });
});

test.each([
  'GPT-2 separates documents with <|endoftext|> tokens.',
  'The EndOFText marker tells the parser where to stop.',
  'Words like -EndOFTextual are not markers.',
  'Two markers: EndOFTexts',
  'Inline code such as `EndOFText` is fine',
])('%j is body text, not a marker', (line) => {
  const post = parsePost(`${HEADER}${line}\nMore text.\n`);
  expect(post.body).toBe(`${line}\nMore text.`);
  expect(post.ended).toBe(false);
});

test('a decorated marker ends the post even mid-line, and what follows is reported', () => {
  const post = parsePost(`${HEADER}${LAST} -EndOFText- Want a shorter version?\n\nJust ask.`);
  expect(post).toMatchObject({ body: LAST, ended: true });
  expect(post.warnings).toEqual(['The model wrote text after the end marker; it was not kept: "Want a shorter version? Just ask."']);
});

test('leftover dashes or bold after the marker are not reported', () => {
  expect(parsePost(`${HEADER}${LAST}\n-EndOFText-----**\n\n---\n`).warnings).toEqual([]);
});

test('a marker as the text of the MARKDOWN_POST_CONTENT label ends a post with no body', () => {
  const post = parsePost(`${HEADER}**MARKDOWN_POST_CONTENT:**EndOFText\nnot body\n`);
  expect(post).toMatchObject({ body: '', ended: true });
  expect(post.warnings).toContain('The model wrote no post body.');
  expect(post.warnings.some((warning) => warning.includes('"not body"'))).toBe(true);
});

test('a marker right after the header ends the post with no body', () => {
  expect(parsePost('TITLE: Short\nCATEGORIES: News -EndOFText-')).toMatchObject({
    title: 'Short',
    categories: ['News'],
    body: '',
    ended: true,
  });
});

test('a bare marker right before a decorated one is dropped too', () => {
  expect(parsePost(`${HEADER}${LAST} EndOFText -EndOFText-`)).toMatchObject({ body: LAST, ended: true });
});

import { describe, expect, test } from 'vitest';
import { parsePost } from '@/lib/post-format';

const BODY = 'Edge caches keep copies of your pages close to readers.\n\n## Why it matters\n\nSpeed.';

function header(...lines: string[]): string {
  return `${lines.join('\n')}\n\n${BODY}\n-EndOFText-\n`;
}

describe('header labels', () => {
  test.each([
    'TITLE: Edge Caching 101',
    'Title: Edge Caching 101',
    'title: Edge Caching 101',
    '**TITLE:** Edge Caching 101',
    '**TITLE**: Edge Caching 101',
    '**Title: Edge Caching 101**',
    '# TITLE: Edge Caching 101',
    '## **Title:** Edge Caching 101',
    'TITLE : Edge Caching 101',
    'TITLE:Edge Caching 101',
    'POST_TITLE: Edge Caching 101',
    'TITLE: "Edge Caching 101"',
    'TITLE: **Edge Caching 101**',
    "TITLE: '**Edge Caching 101**'",
    'TITLE: “Edge Caching 101”',
    '\uFEFFTITLE: Edge Caching 101   ',
  ])('%j gives the title', (line) => {
    const post = parsePost(header(line));
    expect(post.title).toBe('Edge Caching 101');
    expect(post.body).toBe(BODY);
  });

  test.each([
    'META_DESCRIPTION: How CDNs cache.',
    'META DESCRIPTION: How CDNs cache.',
    'Meta-Description: How CDNs cache.',
    'Meta description: How CDNs cache.',
    'MetaDescription: How CDNs cache.',
    '**Meta Description:** How CDNs cache.',
    '### meta_description : How CDNs cache.',
    'Description: How CDNs cache.',
  ])('%j gives the meta description', (line) => {
    expect(parsePost(header('TITLE: x', line)).metaDescription).toBe('How CDNs cache.');
  });

  test('keeps quotes that do not wrap the whole value', () => {
    const post = parsePost(header('TITLE: "Django" vs "Flask": Which One?', 'META_DESCRIPTION: *Fast* and *simple*'));
    expect(post.title).toBe('"Django" vs "Flask": Which One?');
    expect(post.metaDescription).toBe('*Fast* and *simple*');
  });

  test('fields in any order, separated by blank lines', () => {
    const post = parsePost(header('CATEGORIES: News', '', 'TAGS: cdn', '', 'META_DESCRIPTION: m', 'TITLE: t'));
    expect(post).toMatchObject({ title: 't', metaDescription: 'm', tags: ['cdn'], categories: ['News'], body: BODY, warnings: [] });
  });

  test('tags and categories split on commas or semicolons, with a closing period dropped', () => {
    const post = parsePost(
      header('TAGS: CDN; caching, "edge", Node.js.', 'CATEGORIES: **Cloud Computing**; content delivery networks (cdns).'),
    );
    expect(post.tags).toEqual(['CDN', 'caching', 'edge', 'Node.js']);
    expect(post.categories).toEqual(['Cloud Computing', 'Content Delivery Networks (CDNs)']);
  });

  test('a category list with nothing from the list is reported as such', () => {
    const post = parsePost(header('TITLE: t', 'META_DESCRIPTION: m', 'TAGS: a', 'CATEGORIES: Caching, Performance'));
    expect(post.categories).toEqual([]);
    expect(post.warnings).toEqual([
      'Category "Caching" is not in the list and was dropped.',
      'Category "Performance" is not in the list and was dropped.',
      "None of the model's CATEGORIES could be kept.",
    ]);
  });

  test('an empty label counts as missing, and a later one fills it', () => {
    const post = parsePost(header('TITLE:', 'TAGS:', 'TITLE: Second try'));
    expect(post.title).toBe('Second try');
    expect(post.warnings).toContain('The model wrote no TAGS.');
    expect(post.warnings.some((warning) => warning.includes('more than once'))).toBe(false);
  });
});

describe('where the body starts', () => {
  test('labels inside the body are body text', () => {
    const post = parsePost('TITLE: t\n\nIntro.\nTitle: not a field\nTAGS: nope\n');
    expect(post).toMatchObject({ title: 't', tags: [], body: 'Intro.\nTitle: not a field\nTAGS: nope' });
  });

  test('the MARKDOWN_POST_CONTENT label starts the body, even before other labels', () => {
    const post = parsePost('TITLE: t\n**Markdown Post Content:** TAGS: not a field\nCATEGORIES: News\n');
    expect(post).toMatchObject({ title: 't', categories: [], body: 'TAGS: not a field\nCATEGORIES: News' });
  });

  test('up to three preamble lines before the first field are dropped', () => {
    const post = parsePost('Sure!\n\nHere is the post.\n---\nTITLE: t\n\nBody.');
    expect(post).toMatchObject({ title: 't', body: 'Body.' });
  });

  test('a reply with no field at all is kept whole as the body', () => {
    const post = parsePost('Sure!\nHere is the post.\n\nBody.\n');
    expect(post.body).toBe('Sure!\nHere is the post.\n\nBody.');
    expect(post.warnings).toContain('The model wrote no TITLE.');
  });

  test('more than three lines before any field are the body, not a preamble', () => {
    const post = parsePost('One.\nTwo.\nThree.\nFour.\nTITLE: too late\n');
    expect(post).toMatchObject({ title: '', body: 'One.\nTwo.\nThree.\nFour.\nTITLE: too late' });
  });

  test('keeps internal whitespace exactly and trims only the very end', () => {
    const body = '  Indented start.\n\nLine with hard break  \n\n\n\tTabbed   text.';
    expect(parsePost(`TITLE: t\n\n\n${body}  \n\n \n`).body).toBe(body);
  });
});

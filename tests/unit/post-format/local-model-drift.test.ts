import { describe, expect, test } from 'vitest';
import { PostParser, parsePost } from '@/lib/post-format';
import { type ExpectedPost, expectPost } from './expect-post';
import { readLocalModelReply, TOPICS, type TopicName } from './fixtures';

type Case = { file: string; topic: TopicName; expect?: Partial<ExpectedPost> };

const { vps, py } = TOPICS;
const REMARK_DROPPED = 'The model added a remark after the post; it was not kept: ';

const CASES: Case[] = [
  { file: '01-h1-title', topic: 'docker' },
  { file: '02-dash-separators', topic: 'seo' },
  { file: '03-bold-labels-on-their-own-line', topic: 'vps' },
  { file: '04-fields-as-a-list', topic: 'rust' },
  { file: '05-no-end-marker', topic: 'zt', expect: { ended: false } },
  {
    file: '06-closing-remark',
    topic: 'home',
    expect: { ended: false, warnings: [`${REMARK_DROPPED}"I hope this helps! Let me know if you'd like me to adjust`] },
  },
  {
    file: '07-closing-remark-after-a-rule-before-the-marker',
    topic: 'k8s',
    expect: { warnings: [`${REMARK_DROPPED}"*Would you like me to write a follow-up post`] },
  },
  {
    file: '08-sign-off-to-the-reader-is-kept',
    topic: 'vps',
    expect: { body: `${vps.body}\n\nI hope this guide helps you choose the right plan. Let me know in the comments which one you picked!` },
  },
  {
    file: '09-everything-at-once',
    topic: 'py',
    expect: { ended: false, warnings: [`${REMARK_DROPPED}"I hope this helps! Feel free to ask`] },
  },
];

function expectedFor({ topic, expect: overrides }: Case): ExpectedPost {
  const { title, metaDescription, tags, categories, body } = TOPICS[topic];
  return { title, metaDescription, tags, categories, body, warnings: [], ended: true, ...overrides };
}

describe('replies of local models, which drift further from the format', () => {
  test.each(CASES)('$file', (testCase) => {
    expectPost(parsePost(readLocalModelReply(testCase.file)), expectedFor(testCase));
  });

  test.each(CASES)('$file, streamed in 7-character deltas, ends the same', ({ file }) => {
    const raw = readLocalModelReply(file);
    const parser = new PostParser();
    for (let index = 0; index < raw.length; index += 7) parser.push(raw.slice(index, index + 7));
    expect(parser.finish()).toEqual(parsePost(raw));
  });
});

const BODY = 'Edge caches keep copies of your pages close to readers.\n\n## Why it matters\n\nSpeed.';
const FIELDS = 'META_DESCRIPTION: How CDNs cache.\nTAGS: cdn\nCATEGORIES: News';

describe('`# Title` as the title line', () => {
  test.each([
    '# Edge Caching 101',
    '# **Edge Caching 101**',
    '# "Edge Caching 101"',
    '# Edge Caching 101 #',
    '\uFEFF#  Edge Caching 101  ',
  ])('%j before the fields gives the title', (line) => {
    expect(parsePost(`${line}\n${FIELDS}\n\n${BODY}`)).toMatchObject({ title: 'Edge Caching 101', body: BODY, warnings: [] });
  });

  test('after the fields, after a preamble, or with no other field', () => {
    expect(parsePost(`${FIELDS}\n\n# Edge Caching 101\n\n${BODY}`)).toMatchObject({ title: 'Edge Caching 101', body: BODY });
    expect(parsePost(`Here is your post:\n\n# Edge Caching 101\n${FIELDS}\n\n${BODY}`)).toMatchObject({
      title: 'Edge Caching 101',
      body: BODY,
    });
    const alone = parsePost(`# Edge Caching 101\n\n${BODY}`);
    expect(alone).toMatchObject({ title: 'Edge Caching 101', body: BODY });
    expect(alone.warnings).toEqual(['The model wrote no META_DESCRIPTION.', 'The model wrote no TAGS.', 'The model wrote no CATEGORIES.']);
  });

  test('is body text once a title was written, in the body, or as a ## heading', () => {
    expect(parsePost(`TITLE: Edge Caching 101\n\n# Edge Caching 101\n\n${BODY}`)).toMatchObject({
      title: 'Edge Caching 101',
      body: `# Edge Caching 101\n\n${BODY}`,
    });
    expect(parsePost(`TITLE: t\n\n${BODY}\n\n# Appendix`).body).toBe(`${BODY}\n\n# Appendix`);
    expect(parsePost(`${FIELDS}\n\n## Edge Caching 101\n\n${BODY}`)).toMatchObject({ title: '', body: `## Edge Caching 101\n\n${BODY}` });
    expect(parsePost(`${FIELDS}\n\n#hashtag\n`)).toMatchObject({ title: '', body: '#hashtag' });
  });

  test('a long `# Title` line is not shown as the body while it grows', () => {
    const parser = new PostParser();
    parser.push(`${FIELDS}\n\n# ${'A very long title that keeps going and going '.repeat(3)}`);
    expect(parser.snapshot().body).toBe('');
    parser.push(`\n\n${BODY}`);
    expect(parser.snapshot().title).toBe('A very long title that keeps going and going '.repeat(3).trim());
  });
});

describe('`Title - …`: a dash instead of the colon', () => {
  test.each([
    'Title - Edge Caching 101',
    'TITLE – Edge Caching 101',
    'Title — Edge Caching 101',
    '**Title** - Edge Caching 101',
    '**Title - Edge Caching 101**',
    'Title -  "Edge Caching 101"',
  ])('%j gives the title', (line) => {
    expect(parsePost(`${line}\n${FIELDS}\n\n${BODY}`)).toMatchObject({ title: 'Edge Caching 101', body: BODY, warnings: [] });
  });

  test('for every field', () => {
    const post = parsePost(`Title - t\nMeta Description – m\nTags — a, b\nCategories - News\n\n${BODY}`);
    expect(post).toMatchObject({ title: 't', metaDescription: 'm', tags: ['a', 'b'], categories: ['News'], body: BODY, warnings: [] });
  });

  test('a dash that is not between spaces is no label', () => {
    expect(parsePost(`TITLE: t\n\nTitle-Case Headings -  why\n`).body).toBe('Title-Case Headings -  why');
    expect(parsePost(`TITLE: t\nTags -cdn\n`)).toMatchObject({ tags: [], body: 'Tags -cdn' });
  });
});

describe('`**Title:**` on its own line, the value on the next', () => {
  test.each([
    ['**Title:**', 'Edge Caching 101'],
    ['**TITLE:**', '"Edge Caching 101"'],
    ['Title:', 'Edge Caching 101'],
    ['### Title:', '**Edge Caching 101**'],
    ['- **Title:**', 'Edge Caching 101'],
  ])('%j then %j gives the title', (label, value) => {
    expect(parsePost(`${label}\n${value}\n${FIELDS}\n\n${BODY}`)).toMatchObject({ title: 'Edge Caching 101', body: BODY, warnings: [] });
  });

  test('every field, with blank lines between them', () => {
    const post = parsePost(`**Title:**\nt\n\n**Meta Description:**\nm\n\n**Tags:**\na, b\n\n**Categories:**\nNews\n\n${BODY}`);
    expect(post).toMatchObject({ title: 't', metaDescription: 'm', tags: ['a', 'b'], categories: ['News'], body: BODY, warnings: [] });
  });

  test('only the very next line, and only plain text, is the value', () => {
    expect(parsePost(`**Title:**\n\nEdge Caching 101\n`)).toMatchObject({ title: '', body: 'Edge Caching 101' });
    expect(parsePost(`TITLE: t\n**Tags:**\n- cdn\n- caching\n`)).toMatchObject({ tags: [], body: '- cdn\n- caching' });
    expect(parsePost(`TITLE: t\n**Categories:**\n## Intro\n`)).toMatchObject({ categories: [], body: '## Intro' });
    expect(parsePost(`TITLE: t\n**Tags:**\n\`\`\`bash\ncode\n\`\`\`\n`)).toMatchObject({ tags: [], body: '```bash\ncode\n```' });
    const paragraph = 'Edge caching is the practice of keeping copies of your pages on servers close to readers. '.repeat(4).trim();
    expect(parsePost(`TITLE: t\nCATEGORIES:\n${paragraph}\n`)).toMatchObject({
      categories: [],
      body: paragraph,
      warnings: expect.not.arrayContaining([expect.stringMatching(/^Category/)]),
    });
  });

  test('a line too long to be a value is shown as the body once it is past that length', () => {
    const parser = new PostParser();
    parser.push(`TITLE: t\nCATEGORIES:\n${'Edge caching keeps copies of your pages close to readers. '.repeat(6)}`);
    expect(parser.snapshot().body).toMatch(/^Edge caching keeps copies/);
  });

  test('a long value is not shown as the body while it grows', () => {
    const parser = new PostParser();
    parser.push(`TITLE: t\n**Meta Description:**\n${'A description long enough to look like a paragraph of body text. '.repeat(2)}`);
    expect(parser.snapshot().body).toBe('');
    parser.push(`\n\n${BODY}`);
    expect(parser.finish()).toMatchObject({ metaDescription: expect.stringMatching(/^A description long enough/), body: BODY });
  });
});

describe('the header fields as a Markdown list', () => {
  test.each([
    '- TITLE: Edge Caching 101',
    '* Title: Edge Caching 101',
    '+ **Title:** Edge Caching 101',
    '- **Title**: Edge Caching 101',
    '1. Title: Edge Caching 101',
    '2) Title - Edge Caching 101',
    '  -   TITLE: Edge Caching 101',
  ])('%j gives the title', (line) => {
    expect(parsePost(`${line}\n${FIELDS}\n\n${BODY}`)).toMatchObject({ title: 'Edge Caching 101', body: BODY, warnings: [] });
  });

  test('a list in the body stays body text', () => {
    const body = 'Checklist:\n\n- Title: short and clear\n- Tags: a few';
    expect(parsePost(`TITLE: t\n\n${body}`).body).toBe(body);
  });
});

describe('no end marker', () => {
  test('the whole reply is the post, not ended, without a warning', () => {
    expect(parsePost(`TITLE: t\n${FIELDS}\n\n${BODY}\n`)).toMatchObject({ body: BODY, ended: false, warnings: [] });
  });
});

describe('a closing remark after the body', () => {
  test.each([
    'I hope this helps!',
    'Hope this helps! 😊',
    "Let me know if you'd like any changes.",
    '*Would you like me to add a FAQ section?*',
    "Is there anything else you'd like me to adjust?",
    'Feel free to ask for a shorter version.',
    'If you’d like me to change the tone, just say so.',
    '**I can also expand the section on costs.**',
  ])('%j is dropped, and quoted in a warning', (remark) => {
    const post = parsePost(`TITLE: t\n\n${BODY}\n\n${remark}\n`);
    expect(post.body).toBe(BODY);
    expect(post.warnings).toEqual([
      'The model wrote no META_DESCRIPTION.',
      'The model wrote no TAGS.',
      'The model wrote no CATEGORIES.',
      `${REMARK_DROPPED}"${remark}"`,
    ]);
  });

  test.each([
    'I hope this guide helps you pick the right plan.',
    'Let me know in the comments what you think!',
    'Let me know what you think.',
    'Feel free to share this post with your team.',
    'Happy caching!',
    `Let me know if ${'this is far too long to be a remark, '.repeat(10)}`,
  ])('%j is a sign-off to the reader, and kept', (line) => {
    expect(parsePost(`TITLE: t\n\n${BODY}\n\n${line}\n`).body).toBe(`${BODY}\n\n${line.trimEnd()}`);
  });

  test('is body text when text follows it, when it continues a paragraph, or when it is the whole body', () => {
    const followed = `${BODY}\n\nLet me know if your build fails.\n\n## Next steps\n\nRead the logs.`;
    expect(parsePost(`TITLE: t\n\n${followed}\n-EndOFText-`).body).toBe(followed);
    const sameParagraph = `${BODY}\nI hope this helps!`;
    expect(parsePost(`TITLE: t\n\n${sameParagraph}\n`).body).toBe(sameParagraph);
    expect(parsePost('TITLE: t\n\nI hope this helps!\n').body).toBe('I hope this helps!');
  });

  test('several remark paragraphs and the rule before them go together; a rule alone stays', () => {
    const post = parsePost(`TITLE: t\n\n${BODY}\n\n***\n\nI hope this helps!\n\nWould you like me to add images?\n-EndOFText-\nThanks!`);
    expect(post).toMatchObject({ body: BODY, ended: true });
    expect(post.warnings.filter((warning) => warning.startsWith(REMARK_DROPPED))).toEqual([
      `${REMARK_DROPPED}"I hope this helps! Would you like me to add images?"`,
    ]);
    expect(post.warnings.some((warning) => warning.includes('after the end marker'))).toBe(true);
    expect(parsePost(`TITLE: t\n\n${BODY}\n\n---\n`).body).toBe(`${BODY}\n\n---`);
  });

  test('is never shown while it streams, and shows again once text follows it', () => {
    const parser = new PostParser();
    parser.push(`TITLE: t\n\n${BODY}\n\nI hope`);
    expect(parser.snapshot().body).toBe(BODY);
    parser.push(' this helps!\n\nLet me');
    expect(parser.snapshot().body).toBe(BODY);
    parser.push(' know if you want more.\n\n## Bonus');
    expect(parser.snapshot().body).toBe(`${BODY}\n\nI hope this helps!\n\nLet me know if you want more.\n\n## Bonus`);
  });

  test('a paragraph that only starts like a remark is shown as soon as it cannot be one', () => {
    const parser = new PostParser();
    parser.push(`TITLE: t\n\n${BODY}\n\nI hope`);
    expect(parser.snapshot().body).toBe(BODY);
    parser.push(' you enjoy');
    expect(parser.snapshot().body).toBe(`${BODY}\n\nI hope you enjoy`);
  });

  test('the remark the seed example could end with is dropped from a real-looking reply', () => {
    const raw = `TITLE: ${py.title}\n\n${py.body}\n\nLet me know if you need any adjustments!\n`;
    expect(parsePost(raw).body).toBe(py.body);
  });
});

import { describe, expect, it } from 'vitest';
import { type ImportedDraft, parseMarkdownFile } from '@/lib/import';

function draftOf(name: string, text: string): ImportedDraft {
  const parsed = parseMarkdownFile(name, text);
  if (!parsed.ok) throw new Error(`expected a draft, got: ${parsed.problem.message}`);
  return parsed.draft;
}

function problemOf(name: string, text: string): string {
  const parsed = parseMarkdownFile(name, text);
  if (parsed.ok) throw new Error(`expected a problem, got a draft titled ${parsed.draft.title}`);
  expect(parsed.problem.sourceName).toBe(name.split('/').at(-1));
  return parsed.problem.message;
}

describe('parseMarkdownFile without front matter', () => {
  it('takes the opening `# heading` as the title and leaves it out of the body', () => {
    expect(draftOf('post.md', '\n# My **First** Post #\n\nHello.\n\n')).toStrictEqual({
      title: 'My **First** Post',
      metaDescription: '',
      slug: 'my-first-post',
      tags: [],
      categories: [],
      unknownCategories: [],
      content: 'Hello.\n',
      status: 'draft',
      createdAt: null,
      topic: 'My **First** Post',
      sourceName: 'post.md',
    });
  });

  it.each([
    ['a wrapped heading', '# **Bold title**\n\nText', 'Bold title', 'Text\n'],
    ['a later heading, kept in the body', 'Intro.\n\n# Later\n\nText', 'Later', 'Intro.\n\n# Later\n\nText\n'],
    ['a heading after a code fence', '```sh\n# not a title\n```\n\n# Real', 'Real', '```sh\n# not a title\n```\n\n# Real\n'],
    ['a tilde fence', '~~~~\n# no\n~~~\n# still code\n~~~~\n# Yes\nText', 'Yes', '~~~~\n# no\n~~~\n# still code\n~~~~\n# Yes\nText\n'],
    ['a heading with C#', '# Learn C#\n', 'Learn C#', ''],
    ['no heading but a level 2 one', '## Sub\n\nText', 'Notes from 2024', '## Sub\n\nText\n'],
    ['#hashtag is not a heading', '#hashtag\n', 'Notes from 2024', '#hashtag\n'],
  ])('%s', (_case, text, title, content) => {
    const draft = draftOf('2024-05-01-notes_from--2024.markdown', text);
    expect(draft.title).toBe(title);
    expect(draft.content).toBe(content);
  });

  it('falls back to the file name, then to Untitled', () => {
    expect(draftOf('posts/my-first-post.md', 'Just text.').title).toBe('My first post');
    expect(draftOf('.md', '').title).toBe('Untitled');
  });

  it('reads CRLF and a byte order mark like plain LF', () => {
    expect(draftOf('a.md', '\uFEFF# Title\r\n\r\nLine one\r\nLine two\r\n')).toMatchObject({
      title: 'Title',
      content: 'Line one\nLine two\n',
    });
    expect(draftOf('b.md', '\uFEFF---\r\ntitle: T\r\ndraft: false\r\n---\r\nBody\r\n')).toMatchObject({
      title: 'T',
      status: 'approved',
      content: 'Body\n',
    });
  });
});

describe('parseMarkdownFile front matter', () => {
  it('reads every field of a full file', () => {
    const text = [
      '---',
      'title: "Django vs. Flask: Which \\"Wins\\"?"',
      'description: Pick one.',
      'slug: django-vs-flask',
      'date: 2024-05-01T10:00:00.000Z',
      'draft: false',
      'tags: [python, Python, " web  dev ", 2024]',
      'categories: [software development, Made Up, "Internet of Things (IoT)"]',
      'model: claude-sonnet-4-5',
      'generated_at: 2024-05-01T10:05:00.000Z',
      '---',
      '',
      '# Heading stays',
      '',
      'Body.',
    ].join('\n');
    expect(draftOf('x.md', text)).toStrictEqual({
      title: 'Django vs. Flask: Which "Wins"?',
      metaDescription: 'Pick one.',
      slug: 'django-vs-flask',
      tags: ['python', 'web dev', '2024'],
      categories: ['Software Development', 'Internet of Things (IoT)'],
      unknownCategories: ['Made Up'],
      content: '# Heading stays\n\nBody.\n',
      status: 'approved',
      createdAt: '2024-05-01T10:00:00.000Z',
      topic: 'Django vs. Flask: Which "Wins"?',
      sourceName: 'x.md',
    });
  });

  it.each<[string, string, ImportedDraft['status']]>([
    ['hugo draft: false', 'draft: false', 'approved'],
    ['hugo draft: true', 'draft: true', 'draft'],
    ['a quoted flag', 'draft: "false"', 'approved'],
    ['a YAML 1.1 word', 'draft: no', 'approved'],
    ['jekyll published: true', 'published: true', 'approved'],
    ['jekyll published: false', 'published: false', 'draft'],
    ['plain status review', 'status: review', 'review'],
    ['plain status in capitals', 'status: Approved', 'approved'],
    ['status wins over draft', 'status: review\ndraft: false', 'review'],
    ['draft wins over published', 'draft: true\npublished: true', 'draft'],
    ['a status we do not keep', 'status: generating', 'draft'],
    ['an unreadable flag', 'draft: maybe', 'draft'],
    ['nothing said', 'title: T', 'draft'],
  ])('status from %s', (_case, yaml, status) => {
    expect(draftOf('s.md', `---\n${yaml}\n---\nBody`).status).toBe(status);
  });

  it.each([
    ['pubDate', 'pubDate: 2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['a bare day', 'date: 2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['Jekyll style', 'date: 2024-05-01 12:00:00 +0200', '2024-05-01T10:00:00.000Z'],
    ['date before pubDate', 'date: 2020-01-01T00:00:00Z\npubDate: 2024-05-01T10:00:00Z', '2020-01-01T00:00:00.000Z'],
    ['an unreadable date', 'date: someday', null],
    ['a number', 'date: 20240501', null],
  ])('createdAt from %s', (_case, yaml, createdAt) => {
    expect(draftOf('d.md', `---\n${yaml}\n---\n`).createdAt).toBe(createdAt);
  });

  it.each([
    ['a comma string', 'tags: python, web ,, seo', ['python', 'web', 'seo']],
    ['one value', 'tags: python', ['python']],
    ['a number', 'tags: 2024', ['2024']],
    ['nulls in a list', 'tags: [a, null, ~, b]', ['a', 'b']],
    ['null', 'tags:', []],
  ])('tags from %s', (_case, yaml, tags) => {
    expect(draftOf('t.md', `---\n${yaml}\n---\n`).tags).toStrictEqual(tags);
  });

  it.each([
    ['our slug', 'slug: my-post', 'my-post'],
    ['a foreign slug', 'slug: My Post/Part 2', 'my-post-part-2'],
    ['a traversal slug', 'slug: ../../etc/passwd', 'etc-passwd'],
    ['no slug', 'title: Café & Crème', 'cafe-and-creme'],
    ['a number', 'slug: 2024', '2024'],
  ])('slug from %s', (_case, yaml, slug) => {
    expect(draftOf('s.md', `---\n${yaml}\n---\n`).slug).toBe(slug);
  });

  it('reads unquoted YAML 1.1 words and numbers as text, not booleans', () => {
    expect(draftOf('y.md', '---\ntitle: yes\ndescription: 123\n---\n')).toMatchObject({ title: 'yes', metaDescription: '123' });
  });

  it('falls back to the heading, then the file name, for an empty or null title', () => {
    expect(draftOf('a.md', '---\ntitle: ""\n---\n# From heading\n\nText')).toMatchObject({ title: 'From heading', content: 'Text\n' });
    expect(draftOf('from-name.md', '---\ntitle: ~\n---\nText')).toMatchObject({ title: 'From name', content: 'Text\n' });
  });

  it('accepts empty front matter and a `...` end line', () => {
    expect(draftOf('e.md', '---\n---\nBody')).toMatchObject({ title: 'E', content: 'Body\n' });
    expect(draftOf('e.md', '---\ntitle: Dots\n...\nBody')).toMatchObject({ title: 'Dots', content: 'Body\n' });
  });

  it('keeps a `---` rule in the body', () => {
    expect(draftOf('r.md', '---\ntitle: R\n---\n\nAbove\n\n---\n\nBelow\n').content).toBe('Above\n\n---\n\nBelow\n');
  });
});

describe('parseMarkdownFile problems', () => {
  it.each([
    ['a list', '---\n- a\n- b\n---\n', /not a list of `key: value` lines.*Fix the lines between/],
    ['a plain string', '---\njust words\n---\n', /not a list of `key: value` lines/],
    [
      'invalid YAML',
      '---\ntitle: a: b\n---\n',
      /not valid YAML \(Nested mappings .+ on line 2\)\. Fix the lines between the two --- lines/,
    ],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n', /not valid YAML \(Map keys must be unique on line 3\)/],
    ['an alias flood', `---\na: &a [x, x, x, x, x, x, x, x, x, x]\n${billionLaughs()}---\n`, /front matter could not be read/],
    [
      'invalid TOML',
      '+++\ntitle = \n+++\n',
      /not valid TOML \(Invalid TOML document: invalid value on line 2\)\. Fix the lines between the two \+\+\+ lines/,
    ],
    ['unclosed TOML', '+++\ntitle = "T"\n\nBody', /opens with \+\+\+ but never closes\. Add a \+\+\+ line/],
    ['no closing line', '---\ntitle: T\n\nBody', /opens with --- but never closes\. Add a --- line/],
    ['a list title', '---\ntitle: [a, b]\n---\n', /`title` should be a single line of text.*Fix that field/],
    ['a mapping description', '---\ndescription: {a: 1}\n---\n', /`description` should be a single line of text/],
    ['nested tags', '---\ntags: [[a], b]\n---\n', /`tags` should be a list of names/],
    ['mapping categories', '---\ncategories: {a: 1}\n---\n', /`categories` should be a list of names/],
    ['a NUL byte', 'text\0more', /binary data.*Upload Markdown/],
  ])('%s', (_case, text, message) => {
    expect(problemOf('dir/bad.md', text)).toMatch(message);
  });

  it('labels a problem with the base name only, without control or direction characters', () => {
    const parsed = parseMarkdownFile('../../etc/\u202Edm.exe\u0007.md', '---\n- x\n---\n');
    expect(parsed.ok ? undefined : parsed.problem.sourceName).toBe('dm.exe.md');
  });
});

function billionLaughs(): string {
  const lines: string[] = [];
  for (let level = 1; level <= 9; level++) {
    const previous = level === 1 ? 'a' : `l${level - 1}`;
    lines.push(`l${level}: &l${level} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

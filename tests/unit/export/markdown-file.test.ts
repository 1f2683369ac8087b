import { describe, expect, it } from 'vitest';
import type { DraftStatus } from '@/lib/drafts/draft';
import { EXPORT_FORMATS, type ExportFormat, ExportFormatSchema, renderMarkdownFile } from '@/lib/export';
import { makeDraft, readFrontMatter, splitFrontMatter } from './draft-fixture';

const CATEGORIES = ['Software Development', 'Product Comparisons'];
const PROVENANCE = { model: 'claude-sonnet-4-5', generated_at: '2024-05-01T10:05:00.000Z' };
const TEXTS = { title: 'Django vs Flask', description: 'Which Python framework fits your next project.', slug: 'django-vs-flask' };

const EXPECTED: Record<ExportFormat, { filename: string; frontMatter: Record<string, unknown> }> = {
  hugo: {
    filename: 'django-vs-flask.md',
    frontMatter: {
      ...TEXTS,
      date: '2024-05-01T10:00:00.000Z',
      lastmod: '2024-05-02T08:30:00.000Z',
      draft: true,
      tags: ['python', 'web'],
      categories: CATEGORIES,
      keywords: ['django', 'flask'],
      ...PROVENANCE,
    },
  },
  jekyll: {
    filename: '2024-05-01-django-vs-flask.md',
    frontMatter: {
      layout: 'post',
      ...TEXTS,
      permalink: '/:title/',
      date: '2024-05-01T10:00:00.000Z',
      last_modified_at: '2024-05-02T08:30:00.000Z',
      published: false,
      tags: ['python', 'web'],
      categories: CATEGORIES,
      ...PROVENANCE,
    },
  },
  astro: {
    filename: 'django-vs-flask.md',
    frontMatter: {
      title: TEXTS.title,
      description: TEXTS.description,
      pubDate: '2024-05-01T10:00:00.000Z',
      slug: TEXTS.slug,
      tags: ['python', 'web'],
      categories: CATEGORIES,
      draft: true,
      ...PROVENANCE,
    },
  },
  docusaurus: {
    filename: '2024-05-01-django-vs-flask.md',
    frontMatter: {
      ...TEXTS,
      date: '2024-05-01T10:00:00.000Z',
      tags: ['python', 'web'],
      categories: CATEGORIES,
      keywords: ['django', 'flask'],
      draft: true,
      format: 'md',
      ...PROVENANCE,
    },
  },
  plain: {
    filename: 'django-vs-flask.md',
    frontMatter: {
      ...TEXTS,
      date: '2024-05-01T10:00:00.000Z',
      updated: '2024-05-02T08:30:00.000Z',
      tags: ['python', 'web'],
      categories: CATEGORIES,
      status: 'draft',
      ...PROVENANCE,
    },
  },
};

describe('ExportFormatSchema', () => {
  it('accepts the five presets and nothing else', () => {
    expect(EXPORT_FORMATS).toStrictEqual(['hugo', 'jekyll', 'astro', 'docusaurus', 'plain']);
    for (const format of EXPORT_FORMATS) expect(ExportFormatSchema.parse(format)).toBe(format);
    for (const bad of ['HUGO', 'pdf', '', undefined]) expect(ExportFormatSchema.safeParse(bad).success).toBe(false);
  });
});

describe.each(EXPORT_FORMATS)('renderMarkdownFile(%s)', (format) => {
  it('writes the preset fields, in order, with their exact values and types', () => {
    const file = renderMarkdownFile(makeDraft(), { format });
    const frontMatter = readFrontMatter(file.content);
    expect(file.filename).toBe(EXPECTED[format].filename);
    expect(frontMatter).toStrictEqual(EXPECTED[format].frontMatter);
    expect(Object.keys(frontMatter)).toStrictEqual(Object.keys(EXPECTED[format].frontMatter));
  });

  it('takes approved_at from the draft when the caller does not give it', () => {
    const approved = readFrontMatter(
      renderMarkdownFile(makeDraft({ status: 'approved', approvedAt: '2024-05-04T12:00:00.000Z' }), { format }).content,
    );
    expect(approved).toMatchObject({ approved_at: '2024-05-04T12:00:00.000Z' });
  });

  it('adds approved_at when given and leaves provenance out when switched off', () => {
    const approved = readFrontMatter(renderMarkdownFile(makeDraft(), { format, approvedAt: new Date('2024-05-03T09:00:00Z') }).content);
    expect(approved).toMatchObject({ ...PROVENANCE, approved_at: '2024-05-03T09:00:00.000Z' });

    const bare = readFrontMatter(
      renderMarkdownFile(makeDraft(), { format, provenance: false, approvedAt: '2024-05-03T09:00:00Z' }).content,
    );
    for (const key of ['model', 'generated_at', 'approved_at']) expect(bare).not.toHaveProperty(key);
  });

  it('leaves out provenance facts the draft does not have', () => {
    const draft = makeDraft();
    const frontMatter = readFrontMatter(
      renderMarkdownFile({ ...draft, generation: { ...draft.generation, model: '', generatedAt: null } }, { format, approvedAt: null })
        .content,
    );
    for (const key of ['model', 'generated_at', 'approved_at']) expect(frontMatter).not.toHaveProperty(key);
  });

  it('omits an empty description (Astro derives one), falls back to the topic for an empty title and keeps empty lists', () => {
    const draft = makeDraft({ title: '  ', metaDescription: ' ', tags: [' ', ' seo '], categories: [] });
    const frontMatter = readFrontMatter(renderMarkdownFile(draft, { format }).content);
    expect(frontMatter.title).toBe('Python web frameworks');
    if (format === 'astro') expect(frontMatter.description).toBe('Body text.');
    else expect(frontMatter).not.toHaveProperty('description');
    expect(frontMatter.tags).toStrictEqual(['seo']);
    expect(frontMatter.categories).toStrictEqual([]);
  });

  it('names the file from the title when the slug is empty, and writes no slug', () => {
    const file = renderMarkdownFile(makeDraft({ slug: '', title: 'Django vs. Flask: Which "Wins"?' }), { format });
    expect(file.filename.endsWith('django-vs-flask-which-wins.md')).toBe(true);
    expect(readFrontMatter(file.content)).not.toHaveProperty('slug');
  });

  it('gives the same bytes for the same draft', () => {
    expect(renderMarkdownFile(makeDraft(), { format })).toStrictEqual(renderMarkdownFile(makeDraft(), { format }));
  });
});

describe('publication flags', () => {
  const cases: [DraftStatus, boolean][] = [
    ['generating', false],
    ['interrupted', false],
    ['draft', false],
    ['review', false],
    ['approved', true],
  ];

  it.each(cases)('%s → published %s', (status, published) => {
    const read = (format: ExportFormat) => readFrontMatter(renderMarkdownFile(makeDraft({ status }), { format }).content);
    expect(read('hugo').draft).toBe(!published);
    expect(read('astro').draft).toBe(!published);
    expect(read('docusaurus').draft).toBe(!published);
    expect(read('jekyll').published).toBe(published);
    expect(read('jekyll')).not.toHaveProperty('draft');
    expect(read('plain').status).toBe(status);
    expect(read('plain')).not.toHaveProperty('draft');
  });
});

describe('filenames', () => {
  it.each([
    ['CON', 'con-file.md'],
    ['../../etc/passwd', 'etc-passwd.md'],
    ['日本語', 'untitled.md'],
    ['Café-Crème', 'cafe-creme.md'],
  ])('slug %j → %j', (slug, filename) => {
    expect(renderMarkdownFile(makeDraft({ slug, title: '日本語' }), { format: 'hugo' }).filename).toBe(filename);
  });

  it('dates Jekyll posts by the UTC day they were created, whatever the server time zone', () => {
    const originalTz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const file = renderMarkdownFile(makeDraft({ createdAt: '2025-01-01T00:30:00+02:00' }), { format: 'jekyll' });
      expect(file.filename).toBe('2024-12-31-django-vs-flask.md');
      expect(readFrontMatter(file.content).date).toBe('2024-12-31T22:30:00.000Z');
    } finally {
      process.env.TZ = originalTz;
    }
  });

  it('uses `now` for a timestamp that does not parse', () => {
    const now = new Date('2026-02-03T04:05:06.000Z');
    const file = renderMarkdownFile(makeDraft({ createdAt: 'not a date', updatedAt: '' }), { format: 'jekyll', now });
    expect(file.filename).toBe('2026-02-03-django-vs-flask.md');
    expect(readFrontMatter(file.content)).toMatchObject({ date: now.toISOString(), last_modified_at: now.toISOString() });
  });
});

describe('file layout', () => {
  it('is front matter, a blank line, then the body with one trailing newline', () => {
    const { content } = renderMarkdownFile(makeDraft(), { format: 'hugo', provenance: false });
    expect(content).toBe(
      [
        '---',
        'title: Django vs Flask',
        'description: Which Python framework fits your next project.',
        'slug: django-vs-flask',
        'date: 2024-05-01T10:00:00.000Z',
        'lastmod: 2024-05-02T08:30:00.000Z',
        'draft: true',
        'tags:',
        '  - python',
        '  - web',
        'categories:',
        '  - Software Development',
        '  - Product Comparisons',
        'keywords:',
        '  - django',
        '  - flask',
        '---',
        '',
        '## Intro',
        '',
        'Body text.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['trailing blank lines', 'Body.\n\n\n', 'Body.\n'],
    ['no trailing newline', 'Body.', 'Body.\n'],
    ['leading blank lines', '\n\n  indented code\n', '  indented code\n'],
    ['CRLF ending', 'Body.\r\n\r\n', 'Body.\n'],
    ['a rule and YAML-like text', '---\ntitle: fake\n---\n\nText ☀️', '---\ntitle: fake\n---\n\nText ☀️\n'],
  ])('keeps the body (%s)', (_name, content, body) => {
    const file = renderMarkdownFile(makeDraft({ content }), { format: 'plain' });
    expect(splitFrontMatter(file.content).body).toBe(`\n${body}`);
    expect(readFrontMatter(file.content).title).toBe('Django vs Flask');
  });

  it('ends right after the front matter when the body is empty', () => {
    const { content } = renderMarkdownFile(makeDraft({ content: '\n\n' }), { format: 'plain' });
    expect(content.endsWith('status: draft\nmodel: claude-sonnet-4-5\ngenerated_at: 2024-05-01T10:05:00.000Z\n---\n')).toBe(true);
  });
});

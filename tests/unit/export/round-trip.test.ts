import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, renderMarkdownFile } from '@/lib/export';
import { makeDraft, readFrontMatter, readFrontMatterAsYaml11, splitFrontMatter } from './draft-fixture';

const LONG_TITLE = `The Complete Guide ${'to scaling web applications on a budget '.repeat(8)}`.slice(0, 300);

const NASTY_STRINGS = [
  'Django vs. Flask: Which "Wins"?',
  '# Not a comment',
  '- leading dash',
  'yes',
  'no',
  'on',
  'y',
  'true',
  'null',
  '~',
  '123',
  '0.5',
  '1_000',
  '0x1F',
  '1:20',
  '2024-05-01',
  "C'est l'été ☀️ 🚀",
  'a: b # c',
  '@scope/pkg',
  'multi\nline',
  'a\n---\nb',
  '`code`',
  '*bold*',
  '&anchor',
  '!tag',
  '%directive',
  '? question',
  '[brackets]',
  '{braces}',
  '| pipe',
  '> folded',
  'ends with colon:',
  "'single quoted'",
  'back\\slash',
  'tab\there',
  '---',
  LONG_TITLE,
];

describe.each(EXPORT_FORMATS)('%s front matter round-trips nasty strings', (format) => {
  it.each(NASTY_STRINGS)('%j', (text) => {
    const draft = makeDraft({ title: text, metaDescription: text, tags: [text, 'plain'], categories: [text] });
    const { content } = renderMarkdownFile(draft, { format });

    for (const frontMatter of [readFrontMatter(content), readFrontMatterAsYaml11(content)]) {
      expect(frontMatter.title).toBe(text);
      expect(frontMatter.description).toBe(text);
      expect(frontMatter.tags).toStrictEqual([text, 'plain']);
      expect(frontMatter.categories).toStrictEqual([text]);
    }
    const body = format === 'jekyll' ? '{% raw %}\n## Intro\n\nBody text.\n{% endraw %}' : '## Intro\n\nBody text.';
    expect(splitFrontMatter(content).body).toBe(`\n${body}\n`);
  });
});

describe('front matter layout', () => {
  it('keeps a 300-character title on one plain line', () => {
    expect(LONG_TITLE).toHaveLength(300);
    const { content } = renderMarkdownFile(makeDraft({ title: LONG_TITLE }), { format: 'hugo' });
    expect(splitFrontMatter(content).yaml.split('\n')).toContain(`title: ${LONG_TITLE}`);
  });

  it('writes safe strings plainly and quotes only what needs it', () => {
    const { content } = renderMarkdownFile(makeDraft({ title: "C'est l'été ☀️ 🚀", tags: ['yes', '123', 'web'] }), { format: 'hugo' });
    const lines = splitFrontMatter(content).yaml.split('\n');
    expect(lines).toContain("title: C'est l'été ☀️ 🚀");
    expect(lines).toContain('  - "yes"');
    expect(lines).toContain('  - "123"');
    expect(lines).toContain('  - web');
  });

  it('writes timestamps unquoted, as strings to YAML 1.2 and as Dates to YAML 1.1', () => {
    const { content } = renderMarkdownFile(makeDraft(), { format: 'hugo' });
    expect(splitFrontMatter(content).yaml.split('\n')).toContain('date: 2024-05-01T10:00:00.000Z');
    expect(readFrontMatter(content).date).toBe('2024-05-01T10:00:00.000Z');
    const yaml11 = readFrontMatterAsYaml11(content);
    expect(yaml11.date).toBeInstanceOf(Date);
    expect((yaml11.date as Date).toISOString()).toBe('2024-05-01T10:00:00.000Z');
    expect((yaml11.lastmod as Date).toISOString()).toBe('2024-05-02T08:30:00.000Z');
    expect((yaml11.generated_at as Date).toISOString()).toBe('2024-05-01T10:05:00.000Z');
  });
});

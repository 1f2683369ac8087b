import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, EXPORT_FORMATS, type ExportFormat, renderMarkdownFile } from '@/lib/export';
import { insertAfterIntroduction, introductionText } from '@/lib/export/introduction';
import { wrapInLiquidRaw } from '@/lib/export/liquid-raw';
import { escapeRawHtml } from '@/lib/export/raw-html';
import { parseMarkdownFile } from '@/lib/import';
import { makeDraft, readFrontMatter, splitFrontMatter } from './draft-fixture';

const bodyOf = (content: string) => splitFrontMatter(content).body.slice(1, -1);

describe('escapeRawHtml', () => {
  it.each([
    ['a script', 'Hi <script>alert(1)</script>!', 'Hi &lt;script>alert(1)&lt;/script>!'],
    ['an HTML block', '<div onclick="x()">\nText\n</div>', '&lt;div onclick="x()">\nText\n&lt;/div>'],
    ['a comment', '<!-- hidden -->', '&lt;!-- hidden -->'],
    ['a javascript: link', '[click](javascript:alert(1)) now', '[click](#) now'],
    ['an obfuscated scheme', '[a](JaVa&#115;cript:x) [b](<java\tscript:y>) [c](data:text/html,x)', '[a](#) [b](#) [c](#)'],
    ['a reference definition', '[r]: javascript:evil', '[r]: #'],
    ['an indented line that goes on a paragraph', 'Text\n    <b>bold</b>', 'Text\n    &lt;b>bold&lt;/b>'],
    ['an indented paragraph of a list item', '1. Item\n\n    <b>its text</b>', '1. Item\n\n    &lt;b>its text&lt;/b>'],
  ])('escapes %s', (_name, body, escaped) => {
    expect(escapeRawHtml(body)).toBe(escaped);
  });

  it.each([
    ['comparisons', 'if a < b and b > c'],
    ['autolinks and safe links', '<https://example.org> and [x](https://example.org/a_(b)) and [m](mailto:a@b.c)'],
    ['code spans', 'Use `<script>` or ``<b>`x`</b>``'],
    ['fenced code', '```html\n<script>alert(1)</script>\n```\n\n~~~\n<b>\n~~~'],
    ['indented code', 'Markup:\n\n    <div class="card">\n\n    \t<b>x</b>\n    </div>\n\nAfter.'],
    ['tab-indented code', '\t<script src="app.js"></script>'],
  ])('leaves %s alone', (_name, body) => {
    expect(escapeRawHtml(body)).toBe(body);
  });

  it('stays linear on a line of unmatched backtick runs', () => {
    const line = Array.from({ length: 1_500 }, (_, i) => `${'`'.repeat(i + 1)}<b>`).join('');
    // A quadratic scan of this line takes minutes, so the test's timeout catches one.
    expect(escapeRawHtml(line)).toContain('&lt;b>');
  });

  it('escapes by default and keeps HTML when asked, in every preset', () => {
    const draft = makeDraft({ content: 'Hello <script>alert(1)</script>\n' });
    for (const format of EXPORT_FORMATS) {
      expect(renderMarkdownFile(draft, { format }).content).toContain('&lt;script>');
      expect(renderMarkdownFile(draft, { format, rawHtml: 'keep' }).content).toContain('<script>alert(1)</script>');
    }
  });
});

describe('wrapInLiquidRaw (Jekyll)', () => {
  it('wraps the body so Liquid prints it as written', () => {
    expect(wrapInLiquidRaw('{{ user.name }} and {% extends "base.html" %}')).toBe(
      '{% raw %}\n{{ user.name }} and {% extends "base.html" %}\n{% endraw %}',
    );
  });

  it('breaks up an endraw tag in the body, whatever its spacing', () => {
    const wrapped = wrapInLiquidRaw('a {% endraw %} b {%- endraw -%} c');
    expect(wrapped).toBe(
      "{% raw %}\na {% endraw %}{{ '{%' }}{% raw %} endraw %} b {% endraw %}{{ '{%' }}{% raw %}- endraw -%} c\n{% endraw %}",
    );
    // Exactly one real endraw closes each raw block.
    expect(wrapped.match(/\{%-?\s*raw\s*-?%\}/g)).toHaveLength(3);
  });

  it('comes back as written through import', () => {
    const content = 'Show {% endraw %} and {{ x }}.\n\n```\n{% extends "a" %}\n```\n';
    const file = renderMarkdownFile(makeDraft({ content }), { format: 'jekyll' });
    const parsed = parseMarkdownFile(file.filename, file.content);
    expect(parsed.ok && parsed.draft.content).toBe(content);
  });
});

describe('introduction', () => {
  it('takes the first paragraph of prose as a plain description, skipping headings and code', () => {
    expect(introductionText('## Intro\n\n```\ncode\n```\n\nThe **first** [paragraph](https://x.org)\ngoes on.\n\nSecond.')).toBe(
      'The first paragraph goes on.',
    );
    expect(introductionText('## Only a heading')).toBeUndefined();
    const long = introductionText(`${'word '.repeat(60)}end`);
    expect(long?.length).toBeLessThanOrEqual(160);
    expect(long?.endsWith('word…')).toBe(true);
  });

  it('puts the marker after the first paragraph, and nowhere when nothing follows it', () => {
    expect(insertAfterIntroduction('## Intro\n\nFirst.\n\n## More\n\nText.', '<!-- truncate -->')).toBe(
      '## Intro\n\nFirst.\n\n<!-- truncate -->\n\n## More\n\nText.',
    );
    expect(insertAfterIntroduction('## Intro\n\nOnly.', '<!-- truncate -->')).toBe('## Intro\n\nOnly.');
  });
});

describe('Astro', () => {
  const render = (overrides: Parameters<typeof makeDraft>[0]) =>
    readFrontMatter(renderMarkdownFile(makeDraft(overrides), { format: 'astro' }).content);

  it('always writes a description: the draft’s, else the first paragraph, else the title', () => {
    expect(render({}).description).toBe('Which Python framework fits your next project.');
    expect(render({ metaDescription: '', content: '## Intro\n\nA <b>bold</b> start.\n' }).description).toBe('A bold start.');
    expect(render({ metaDescription: ' ', content: '' }).description).toBe('Django vs Flask');
  });

  it('writes updatedDate only when the post was saved again over a minute after it was approved', () => {
    const approved = { status: 'approved' as const, approvedAt: '2024-05-02T08:00:00.000Z' };
    expect(render({ ...approved, updatedAt: '2024-05-02T08:00:00.300Z' })).not.toHaveProperty('updatedDate');
    expect(render({ ...approved, updatedAt: '2024-05-03T09:00:00.000Z' }).updatedDate).toBe('2024-05-03T09:00:00.000Z');
    expect(render({ status: 'review', updatedAt: '2024-05-03T09:00:00.000Z' })).not.toHaveProperty('updatedDate');
  });
});

describe('Docusaurus', () => {
  it('reads as CommonMark, with keywords and a truncate marker after the introduction', () => {
    const content = '## Intro\n\nWhy a < b and {x} matter.\n\n## Details\n\nMore.\n';
    const file = renderMarkdownFile(makeDraft({ content, keywords: 'django, flask; Django' }), { format: 'docusaurus' });
    expect(readFrontMatter(file.content)).toMatchObject({ format: 'md', keywords: ['django', 'flask'] });
    expect(bodyOf(file.content)).toBe('## Intro\n\nWhy a < b and {x} matter.\n\n<!-- truncate -->\n\n## Details\n\nMore.');
    const parsed = parseMarkdownFile(file.filename, file.content);
    expect(parsed.ok && parsed.draft.content).toBe(content);
  });
});

describe('zip layout', () => {
  const unzipText = (zip: Uint8Array) =>
    Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const drafts = [
    makeDraft({ status: 'approved', approvedAt: '2024-05-02T08:30:00.000Z' }),
    makeDraft({ slug: 'in-review', status: 'review' }),
  ];

  const expected: Record<ExportFormat, string[]> = {
    hugo: ['README.txt', 'content/posts/django-vs-flask.md', 'content/posts/in-review.md'],
    jekyll: ['README.txt', '_posts/2024-05-01-django-vs-flask.md', '_posts/2024-05-01-in-review.md'],
    astro: ['README.txt', 'src/content/blog/django-vs-flask.md', 'drafts/in-review.md'],
    docusaurus: ['README.txt', 'blog/2024-05-01-django-vs-flask.md', 'blog/2024-05-01-in-review.md'],
    plain: ['README.txt', 'posts/django-vs-flask.md', 'posts/in-review.md'],
  };

  it.each(EXPORT_FORMATS)('%s: posts where the generator reads them, and a README saying so', (format) => {
    const files = drafts.map((draft) => renderMarkdownFile(draft, { format }));
    const entries = unzipText(buildZip(files, { format }));
    expect(Object.keys(entries)).toStrictEqual(expected[format]);
    const folder = expected[format][1]?.split('/').slice(0, -1).join('/') ?? '';
    expect(entries['README.txt']).toContain(`${folder}/`);
  });

  it('keeps names unique inside a folder and never leaves it', () => {
    const files = [
      { filename: 'a.md', content: '1', folder: 'blog' },
      { filename: 'A.md', content: '2', folder: 'blog' },
      { filename: '../../x.md', content: '3', folder: '../../blog/./' },
    ];
    expect(Object.keys(unzipSync(buildZip(files, { format: 'docusaurus' })))).toStrictEqual([
      'README.txt',
      'blog/a.md',
      'blog/A-2.md',
      'blog/x.md',
    ]);
  });
});

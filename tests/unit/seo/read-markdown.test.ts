import { describe, expect, it } from 'vitest';
import { readMarkdown } from '@/lib/seo/markdown/read-markdown';

const blocksOf = (content: string) =>
  readMarkdown(content).blocks.map((block) =>
    block.kind === 'heading' ? `h${block.level}: ${block.text}` : `${block.kind}: ${block.text}`,
  );
const textOf = (content: string) => readMarkdown(content).blocks.map((block) => block.text);
const linksOf = (content: string) => readMarkdown(content).links;

describe('readMarkdown blocks', () => {
  it.each<[string, string, string[]]>([
    [
      'ATX headings, closing hashes dropped',
      '# One\n## Two ##\n###### Six\n####### Seven',
      ['h1: One', 'h2: Two', 'h6: Six', 'paragraph: ####### Seven'],
    ],
    ['a hash without a space is text', '#tag\n##\n## C#', ['paragraph: #tag', 'h2: ', 'h2: C#']],
    ['setext headings', 'Title\n=====\n\nSub\n---', ['h1: Title', 'h2: Sub']],
    ['a rule after a blank line', 'Text\n\n---\n\nMore', ['paragraph: Text', 'paragraph: More']],
    ['paragraph lines joined', 'one\ntwo\r\nthree\n\nfour', ['paragraph: one two three', 'paragraph: four']],
    [
      'list items, nested, numbered and tasks',
      '- a\n  - b\n1. c\n2) d\n* [ ] e\n+ f\n  continued',
      ['list-item: a', 'list-item: b', 'list-item: c', 'list-item: d', 'list-item: e', 'list-item: f continued'],
    ],
    ['a quote with a lazy line', '> quoted\n> more\nlazy', ['quote: quoted more lazy']],
    ['a list inside a quote', '> Steps:\n>\n> - one', ['quote: Steps:', 'list-item: one']],
    ['a table', '| A | B |\n| :-- | --: |\n| 1 | **2** |\n\nafter', ['table: A B 1 2', 'paragraph: after']],
    ['a table runs to the blank line', 'a | b\n--- | ---\nc | d\nplain\n\nafter', ['table: a b c d plain', 'paragraph: after']],
    ['a pipe without a delimiter row is text', 'a | b\nc | d', ['paragraph: a | b c | d']],
    ['fenced code, backticks and tildes', '```js\n# not a heading\n```\n~~~~\n```\n~~~~\ntext', ['code: ', 'code: ', 'paragraph: text']],
    ['an unclosed fence runs to the end', 'intro\n```\n## hidden\n\nhidden too', ['paragraph: intro', 'code: ']],
    ['a fence indented 4 spaces does not close', '```\n    ```\n## hidden\n```\n## shown', ['code: ', 'h2: shown']],
    ['indented code', 'text\n\n    const a = 1;\n\nmore', ['paragraph: text', 'code: ', 'paragraph: more']],
    ['a fence in a nested list item', '- a\n  - b\n\n    ```\n    code\n    ```', ['list-item: a', 'list-item: b', 'code: ']],
    ['a heading interrupts a paragraph', 'text\n## Head\nmore', ['paragraph: text', 'h2: Head', 'paragraph: more']],
    [
      'reference definitions and HTML blocks hold no text',
      '[a]: https://example.com\n\n<div>\nhidden\n</div>\n\ntext',
      ['paragraph: text'],
    ],
  ])('%s', (_name, content, expected) => {
    expect(blocksOf(content)).toEqual(expected);
  });
});

describe('readMarkdown inline text', () => {
  it.each<[string, string, string]>([
    ['emphasis markers dropped', '**bold** and _em_ and ~~gone~~', 'bold and em and gone'],
    ['underscores inside words kept', 'snake_case_name', 'snake_case_name'],
    ['code spans kept as text', 'run `npm test` now', 'run npm test now'],
    ['escapes', '\\*not em\\* \\[x\\]', '*not em* [x]'],
    ['link text kept, its URL dropped', 'see [the **docs**](https://example.com "Title") now', 'see the docs now'],
    ['bare URLs and autolinks dropped', 'go <https://example.com> or www.example.org now', 'go or now'],
    ['image dropped', 'a ![chart](c.png) b', 'a b'],
    ['HTML tags dropped', 'a <span class="x">b</span><br/> c', 'a b c'],
    ['character references are not words', 'salt &amp; pepper&nbsp;&#39;n&#39; more', "salt pepper 'n' more"],
    ['a stray < kept', 'a < b > c', 'a < b > c'],
  ])('%s', (_name, source, expected) => {
    expect(textOf(source)).toEqual([expected]);
  });
});

describe('readMarkdown links', () => {
  it.each<[string, string, Array<{ text: string; url: string; wellFormed: boolean }>]>([
    [
      'inline link with a title',
      '[Docs](https://example.com/a "The docs")',
      [{ text: 'Docs', url: 'https://example.com/a', wellFormed: true }],
    ],
    ['angle-bracket destination', '[a](<my page.html>)', [{ text: 'a', url: 'my page.html', wellFormed: true }]],
    [
      'parentheses in the URL',
      '[wiki](https://en.wikipedia.org/wiki/Foo_(bar))',
      [{ text: 'wiki', url: 'https://en.wikipedia.org/wiki/Foo_(bar)', wellFormed: true }],
    ],
    ['empty text and URL', '[]()', [{ text: '', url: '', wellFormed: true }]],
    [
      'a reference link takes its definition',
      '[Docs][d] and [d]\n\n[d]: https://example.com/d',
      [
        { text: 'Docs', url: 'https://example.com/d', wellFormed: true },
        { text: 'd', url: 'https://example.com/d', wellFormed: true },
      ],
    ],
    [
      'autolinks',
      '<https://a.example.com> <mailto:x@y.z> <me@example.com>',
      [
        { text: 'https://a.example.com', url: 'https://a.example.com', wellFormed: true },
        { text: 'mailto:x@y.z', url: 'mailto:x@y.z', wellFormed: true },
        { text: 'me@example.com', url: 'mailto:me@example.com', wellFormed: true },
      ],
    ],
    [
      'bare URLs without trailing punctuation',
      'See https://example.com/a, www.example.org. (https://x.example.com/b)',
      [
        { text: 'https://example.com/a', url: 'https://example.com/a', wellFormed: true },
        { text: 'www.example.org', url: 'http://www.example.org', wellFormed: true },
        { text: 'https://x.example.com/b', url: 'https://x.example.com/b', wellFormed: true },
      ],
    ],
    ['a scheme alone is not a bare URL', 'www. and https://. and http://', []],
    [
      'a space in the destination',
      '[site](https://exa mple.com) after [b](/b)',
      [
        { text: 'site', url: 'https://exa mple.com', wellFormed: false },
        { text: 'b', url: '/b', wellFormed: true },
      ],
    ],
    ['brackets without a destination', '[1] and [x] [y]', []],
    [
      'headings and tables have links too',
      '## See [a](/a)\n\n| [b](/b) |\n| - |',
      [
        { text: 'a', url: '/a', wellFormed: true },
        { text: 'b', url: '/b', wellFormed: true },
      ],
    ],
    ['images are not links', '![alt](https://example.com/i.png)', []],
    ['links in code are not links', '`[a](/a)`\n\n```\n[b](/b)\n```', []],
  ])('%s', (_name, content, expected) => {
    expect(linksOf(content)).toEqual(expected);
  });

  it('keeps a refused link’s text as the visible text', () => {
    expect(textOf('Visit [our site](https://exa mple.com) today.')).toEqual(['Visit our site today.']);
  });

  it('reads past unclosed brackets and backticks', () => {
    const read = readMarkdown(`${'[a'.repeat(5_000)} ${'`'.repeat(3)}x${'` '.repeat(5_000)} [b](/b)`);
    expect(read.links).toEqual([{ text: 'b', url: '/b', wellFormed: true }]);
  });
});

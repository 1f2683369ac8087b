import { describe, it } from 'vitest';
import { type CheckCase, expectCheck, words } from './drafts';

const withLinks = (wordCount: number, ...links: string[]) => ({ content: `${words(wordCount)}\n\n${links.join(' and ')}.` });
const guide = (n: number) => `[guide ${n}](https://example.com/guide-${n})`;

describe('link-count', () => {
  it.each<CheckCase>([
    { name: '2 links in about 1,500 words', input: withLinks(1490, guide(1), guide(2)), status: 'pass', message: '2 links in 1,495 words' },
    { name: '1 link in a short text', input: withLinks(300, guide(1)), status: 'pass', message: '1 link in' },
    {
      name: '1 link in about 1,500 words',
      input: withLinks(1490, guide(1)),
      status: 'warn',
      message: 'add a few, about 1 per 1,000 words',
    },
    { name: '1 link per 50 words', input: withLinks(95, guide(1), guide(2)), status: 'pass', message: '2 links in 100 words' },
    {
      name: 'over 1 link per 50 words',
      input: withLinks(94, guide(1), guide(2)),
      status: 'warn',
      message: '2 links in 99 words: that many reads as a link list',
    },
    { name: '5 links in 100 words', input: withLinks(85, ...[1, 2, 3, 4, 5].map(guide)), status: 'warn', message: 'reads as a link list' },
    {
      name: 'bare URLs and autolinks count',
      input: withLinks(1490, 'https://example.com/a', '<https://example.com/b>'),
      status: 'pass',
      message: '2 links',
    },
    {
      name: 'images do not count',
      input: withLinks(300, '![a chart](https://example.com/chart.png)'),
      status: 'fail',
      message: 'No links',
    },
    {
      name: 'links in code do not count',
      input: { content: `${words(300)}\n\nSee \`[a](https://example.com)\`.\n\n\`\`\`md\n[b](https://example.com)\n\`\`\`` },
      status: 'fail',
      message: 'No links',
    },
    { name: 'none', input: withLinks(300), status: 'fail', message: 'No links: link to your sources' },
  ])('$name → $status', (testCase) => expectCheck('link-count', testCase));
});

describe('link-anchors', () => {
  it.each<CheckCase>([
    {
      name: 'descriptive anchors',
      input: withLinks(300, guide(1), guide(2)),
      status: 'pass',
      message: 'Every link has its own descriptive anchor text',
    },
    { name: 'one anchor, one URL, twice', input: withLinks(300, guide(1), guide(1)), status: 'pass', message: 'Every link' },
    {
      name: 'one anchor for two URLs',
      input: withLinks(300, '[the docs](https://a.example.com)', '[The  Docs](https://b.example.com)'),
      status: 'warn',
      message: 'Anchor text "the docs" points to 2 different URLs',
    },
    {
      name: 'click here',
      input: withLinks(300, '[Click here](https://example.com/a)'),
      status: 'warn',
      message: 'Anchor text "click here" says nothing',
    },
    {
      name: 'no anchor text',
      input: withLinks(300, guide(1), '[](https://example.com/empty)'),
      status: 'fail',
      message: '1 link to "https://example.com/empty" without anchor text',
    },
    {
      name: 'a blank anchor',
      input: withLinks(300, '[ ](https://example.com/a)', '[<b> </b>](https://example.com/b)'),
      status: 'fail',
      message: '2 links to "https://example.com/a" and others without anchor text',
    },
    { name: 'no links', input: withLinks(300), status: 'pass', message: 'No links to check' },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('link-anchors', testCase));
});

describe('link-urls', () => {
  it.each<CheckCase>([
    {
      name: 'https, relative, anchor and mailto',
      input: withLinks(
        300,
        guide(1),
        '[compost](/guides/compost)',
        '[faq](#faq)',
        '[mail us](mailto:hi@example.com)',
        '<https://example.com>',
      ),
      status: 'pass',
      message: 'Every link URL is well formed',
    },
    {
      name: 'plain http',
      input: withLinks(300, '[old site](http://example.com/page)'),
      status: 'warn',
      message: '1 link over plain http, first "http://example.com/page"',
    },
    {
      name: 'javascript:',
      input: withLinks(300, '[run](javascript:alert(1))'),
      status: 'fail',
      message: 'first "javascript:alert(1)" (javascript: URL, anchor "run"): remove it',
    },
    { name: 'JavaScript: in any case', input: withLinks(300, '[run](JavaScript:void(0))'), status: 'fail', message: 'javascript: URL' },
    { name: 'data:', input: withLinks(300, '[img](data:text/html;base64,AAAA)'), status: 'fail', message: 'data: URL' },
    {
      name: 'missing scheme',
      input: withLinks(300, '[site](www.example.com/page)'),
      status: 'fail',
      message: '(missing https://, anchor "site"): fix the address',
    },
    { name: 'missing colon', input: withLinks(300, '[site](https//example.com)'), status: 'fail', message: 'missing https://' },
    { name: 'bare domain', input: withLinks(300, '[site](example.com)'), status: 'fail', message: 'missing https://' },
    { name: 'misspelt scheme', input: withLinks(300, '[site](htps://example.com)'), status: 'fail', message: 'unknown scheme "htps:"' },
    { name: 'no host', input: withLinks(300, '[site](https://)'), status: 'fail', message: 'no valid host' },
    { name: 'host without a dot', input: withLinks(300, '[site](https://example)'), status: 'fail', message: 'no valid host' },
    {
      name: 'space in the URL',
      input: withLinks(300, '[site](https://exa mple.com)'),
      status: 'fail',
      message: 'not a valid Markdown link',
    },
    { name: 'empty URL', input: withLinks(300, '[site]()'), status: 'fail', message: 'empty URL' },
    {
      name: 'failures before warnings',
      input: withLinks(300, '[old](http://example.com)', '[run](javascript:x)'),
      status: 'fail',
      message: '1 link with a bad URL, first "javascript:x"',
    },
    { name: 'no links', input: withLinks(300), status: 'pass', message: 'No links to check' },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('link-urls', testCase));
});

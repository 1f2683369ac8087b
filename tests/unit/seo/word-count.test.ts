import { describe, expect, it } from 'vitest';
import { countWords, scoreDraft } from '@/lib/seo';
import { perfectDraft } from './drafts';

describe('countWords', () => {
  it.each<[string, string, number]>([
    ['plain words', 'Hello, world!', 2],
    ['contractions, hyphens and numbers are one word each', "don't re-use 3.5 GB of 10,000 files", 7],
    ['Markdown punctuation is not a word', '## Heading\n\n- **bold** item\n\n> a quote', 5],
    ['fenced and indented code are not words', 'Intro.\n\n```js\nconst a = 1;\n```\n\n    indented code\n\nEnd.', 2],
    ['inline code is', 'Run `npm test` now.', 4],
    ['link text counts, its URL does not', 'Read [the guide](https://example.com/guide-to-soil).', 3],
    ['bare URLs are not words', 'See https://example.com/a-long/path now.', 2],
    ['image alt text is not words', '![a chart of sales](chart.png) Sales grew.', 2],
    ['HTML is not words', '<div>\nhidden block\n</div>\n\nShown <b>bold</b> text.', 3],
    ['reference definitions are not words', '[a]: https://example.com "A title"\n\nOne two.', 2],
    ['table cells count', '| A | B |\n| - | - |\n| one | two |', 4],
    ['nothing', '', 0],
  ])('%s', (_name, markdown, expected) => {
    expect(countWords(markdown)).toBe(expected);
  });

  it('is the count the SEO panel shows', () => {
    const draft = perfectDraft({
      content: `${perfectDraft().content}\n\n\`\`\`sh\nnpm run build\n\`\`\`\n\nSee https://example.com/more.`,
    });
    expect(scoreDraft(draft).stats.words).toBe(countWords(draft.content));
  });
});

describe('countWords as the text grows or is edited', () => {
  // As a post streams in, and as someone types in its middle, the count stays the one of the whole text.
  const post = [
    '## Why it matters',
    'Plants need [light][sun] and *water*, and a plan for `pots`.',
    '- one item\n- two items\n\n- a loose item after a blank line',
    '```sh\nnpm run grow\n```',
    '| Crop | Weeks |\n| --- | --- |\n| beans | 8 |',
    '> A quote that\ncontinues here.',
    '1. first step\n2. second step',
    'Closing words with https://example.com/a-link and ![alt text](a.png).',
    '[sun]: https://example.com/sun',
  ]
    .join('\n\n')
    .repeat(3);
  const wholeCount = (markdown: string) => scoreDraft(perfectDraft({ content: markdown })).stats.words;

  it('counts every prefix of a streamed post as the whole text', () => {
    for (let end = 0; end <= post.length; end += 7) {
      const prefix = post.slice(0, end);
      expect(countWords(prefix), `at ${end}`).toBe(wholeCount(prefix));
    }
  });

  it('counts an edit in the middle as the whole text', () => {
    countWords(post);
    for (const at of [40, post.length / 3, post.length / 2, post.length - 30].map(Math.floor)) {
      for (const insert of ['x', ' new words here', '\n\n', '\n\n## A heading\n\n', '`']) {
        const edited = `${post.slice(0, at)}${insert}${post.slice(at)}`;
        expect(countWords(edited), `"${insert}" at ${at}`).toBe(wholeCount(edited));
      }
    }
  });
});

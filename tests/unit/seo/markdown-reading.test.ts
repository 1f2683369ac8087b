import { describe, expect, it } from 'vitest';
import { type SeoInput, scoreDraft } from '@/lib/seo';

const statsOf = (content: string) => {
  const input: SeoInput = { title: '', metaDescription: '', slug: '', content, tags: [], categories: [], keywords: '', length: 'short' };
  return scoreDraft(input).stats;
};

// Each of these read differently in the SEO panel than in the preview before the panel used the preview's lexer.
describe('the SEO panel reads the body as the preview renders it', () => {
  it('a fenced block indented inside a list item is code, not prose', () => {
    expect(statsOf('1. Install the package:\n\n    ```bash\n    npm install --save-dev left-pad\n    ```\n\n2. Run it.').words).toBe(5);
  });

  it('a reference definition is not a paragraph, and the link it defines counts', () => {
    const stats = statsOf('See [the guide][guide] for more.\n\n[guide]: https://example.com/guide "The guide"');
    expect({ words: stats.words, links: stats.links }).toEqual({ words: 5, links: 1 });
  });

  it('nested brackets in link text keep the link, and its URL is not words', () => {
    const stats = statsOf('Read [the [RFC 9110] summary](https://example.com/rfc) today.');
    expect({ words: stats.words, links: stats.links }).toEqual({ words: 6, links: 1 });
  });
});

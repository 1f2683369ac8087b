import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import { mayUseDefinitions, splitBlocks } from '@/lib/markdown-blocks';
import { markdownDocument } from './markdown-arbitrary';

const html = (markdown: string) => renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins: [remarkGfm] }, markdown));
// Blocks rendered apart lose the line breaks between them; nothing else may differ.
const normalise = (markup: string) => markup.trim().replace(/\s+/g, ' ').replace(/> /g, '>').replace(/ </g, '<');

// What the component renders: each block on its own, after the text's link definitions (first one wins).
function renderedInBlocks(markdown: string): string {
  const { stable, tail, definitions } = splitBlocks(markdown);
  const withDefinitions = (source: string) => (definitions && mayUseDefinitions(source) ? `${definitions}\n\n${source}` : source);
  return normalise([...stable.map((block) => block.source), tail].map((source) => html(withDefinitions(source))).join('\n'));
}

describe('rendering block by block', () => {
  test('gives the same HTML as rendering the whole document', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        expect(renderedInBlocks(text)).toBe(normalise(html(text)));
      }),
      { numRuns: 150 },
    );
  });
});

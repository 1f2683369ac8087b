import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { MarkdownPreview } from '@/components/markdown-preview';
import { StreamingMarkdown } from '@/components/streaming-markdown';
import { markdownDocument } from './markdown-arbitrary';

// Blocks rendered apart lose the line breaks between them (even between two bits of escaped raw HTML, which
// are text): compare without whitespace, which still shows any difference in structure or content.
const normalise = (markup: string) => markup.replace(/\s+/g, '');
const render = (component: typeof MarkdownPreview, markdown: string) =>
  normalise(renderToStaticMarkup(createElement(component, { markdown })));

describe('StreamingMarkdown', () => {
  test('renders a finished text as MarkdownPreview does', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const finished = `${text}\n\nThe end.\n`;
        expect(render(StreamingMarkdown, finished)).toBe(render(MarkdownPreview, finished));
      }),
      { numRuns: 100 },
    );
  });

  test('keeps the safe link targets of MarkdownPreview', () => {
    const markdown = '[ok](https://example.com) [bad](javascript:alert(1)) [rel](/drafts)\n\nTail [x](data:text/html,hi)';
    const html = render(StreamingMarkdown, markdown);
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('href="/drafts"');
    expect(html).not.toMatch(/javascript:|data:/);
  });
});

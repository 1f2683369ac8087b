import fc from 'fast-check';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import { StreamingMarkdown } from '@/components/streaming-markdown';
import { safeUrl } from '@/lib/export/safe-url';
import { markdownDocument } from './markdown-arbitrary';

// Blocks rendered apart lose the line breaks between them (even between two bits of escaped raw HTML, which
// are text): compare without whitespace, which still shows any difference in structure or content. Finished
// blocks sit in one box per group (react-markdown itself writes no div with HTML skipped): boxes are left out.
const normalise = (markup: string) => markup.replace(/<div[^>]*>|<\/div>/g, '').replace(/\s+/g, '');

/** The reference: the whole text through react-markdown at once, with the same plugins and safety rules. */
function WholeMarkdown({ markdown }: { markdown: string }): ReactElement {
  return createElement(
    'div',
    {
      'data-testid': 'markdown-preview',
      className: 'prose prose-stone max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-pre:overflow-x-auto',
    },
    createElement(ReactMarkdown, { remarkPlugins: [remarkGfm], urlTransform: safeUrl, skipHtml: true }, markdown),
  );
}

const render = (component: (props: { markdown: string }) => ReactElement, markdown: string) =>
  normalise(renderToStaticMarkup(createElement(component, { markdown })));

describe('StreamingMarkdown', () => {
  test('renders a finished text as react-markdown does with the whole text', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const finished = `${text}\n\nThe end.\n`;
        expect(render(StreamingMarkdown, finished)).toBe(render(WholeMarkdown, finished));
      }),
      { numRuns: 100 },
    );
  });

  test('keeps only safe link targets', () => {
    const markdown = '[ok](https://example.com) [bad](javascript:alert(1)) [rel](/drafts)\n\nTail [x](data:text/html,hi)';
    const html = render(StreamingMarkdown, markdown);
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('href="/drafts"');
    expect(html).not.toMatch(/javascript:|data:/);
  });
});

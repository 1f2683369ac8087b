import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import { describe, expect, test } from 'vitest';
import { renderHtml } from '@/lib/export';
import { MARKDOWN_RENDER_OPTIONS } from '@/lib/export/markdown-options';
import { markdownDocument } from '../markdown-blocks/markdown-arbitrary';

// What the preview shows (and Copy HTML copies) is react-markdown rendered by React; publishing must send the same.
const preview = (markdown: string) => renderToStaticMarkup(createElement(ReactMarkdown, MARKDOWN_RENDER_OPTIONS, markdown));
// React spells a few characters differently, and writes a checkbox's `checked` last; the markup is the same.
const sameSpelling = (html: string) =>
  html
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('disabled="" checked=""', 'checked="" disabled=""');

describe('renderHtml', () => {
  test('gives the preview’s HTML for any post', () => {
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        expect(sameSpelling(renderHtml(markdown))).toBe(sameSpelling(preview(markdown)));
      }),
      { numRuns: 100 },
    );
  });

  test('keeps GFM (tables, task lists, footnotes) and drops raw HTML and unsafe links', () => {
    const markdown =
      '| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n\nNote[^1] [bad](javascript:alert(1)) <script>alert(1)</script> <b>bold</b>\n\n[^1]: A "quoted" & <odd> note\n';
    const html = renderHtml(markdown);
    expect(sameSpelling(html)).toBe(sameSpelling(preview(markdown)));
    expect(html).toContain('<td style="text-align:right">2</td>');
    expect(html).toContain('<input type="checkbox" checked="" disabled=""/>');
    expect(html).not.toMatch(/<script|<b>|javascript:/);
    expect(html).toContain('A "quoted" &amp;  note');
  });
});

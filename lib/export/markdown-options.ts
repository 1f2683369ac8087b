import type { Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeUrl } from './safe-url';

/**
 * How a post's Markdown becomes HTML, everywhere: the preview, Copy HTML (the preview's own HTML) and publishing.
 * Raw HTML in model text is dropped and only safe link targets are kept, so nothing a model wrote runs anywhere.
 */
export const MARKDOWN_RENDER_OPTIONS: Readonly<Pick<Options, 'remarkPlugins' | 'urlTransform' | 'skipHtml'>> = {
  remarkPlugins: [remarkGfm],
  urlTransform: safeUrl,
  skipHtml: true,
};

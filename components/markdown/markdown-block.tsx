'use client';

import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeUrl } from './safe-url';

const REMARK_PLUGINS = [remarkGfm];

type MarkdownBlockProps = {
  source: string;
  /** Link reference definitions from the whole text: a block rendered alone cannot see the others'. */
  definitions: string;
};

/** One block of a longer text, rendered on its own; memoised, so an unchanged block costs nothing on re-render. */
export const MarkdownBlock = memo(function MarkdownBlock({ source, definitions }: MarkdownBlockProps) {
  // Definitions go first: in Markdown the first definition of a label wins, as it does in the whole text.
  return (
    <ReactMarkdown remarkPlugins={REMARK_PLUGINS} urlTransform={safeUrl} skipHtml>
      {definitions ? `${definitions}\n\n${source}` : source}
    </ReactMarkdown>
  );
});

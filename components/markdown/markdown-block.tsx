'use client';

import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import { MARKDOWN_RENDER_OPTIONS } from '@/lib/export/markdown-options';

type MarkdownBlockProps = {
  source: string;
  /** Link reference definitions from the whole text: a block rendered alone cannot see the others'. */
  definitions: string;
};

/** One block of a longer text, rendered on its own; memoised, so an unchanged block costs nothing on re-render. */
export const MarkdownBlock = memo(function MarkdownBlock({ source, definitions }: MarkdownBlockProps) {
  // Definitions go first: in Markdown the first definition of a label wins, as it does in the whole text.
  return <ReactMarkdown {...MARKDOWN_RENDER_OPTIONS}>{definitions ? `${definitions}\n\n${source}` : source}</ReactMarkdown>;
});

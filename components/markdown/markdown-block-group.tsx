'use client';

import { memo } from 'react';
import type { Block } from '@/lib/markdown-blocks';
import { MarkdownBlock } from './markdown-block';

type MarkdownBlockGroupProps = {
  blocks: readonly Block[];
  definitions: string;
};

/**
 * A run of finished blocks: while its block list is the same array, React skips the whole run at once, and while
 * it is out of view the browser skips its style and layout (content-visibility), so a long preview costs what is on
 * screen. One box per run, not per block: the browser watches each such box for coming into view. Its children's
 * outer margins cannot collapse through it (it contains their layout), so it carries a paragraph's margin itself.
 */
export const MarkdownBlockGroup = memo(function MarkdownBlockGroup({ blocks, definitions }: MarkdownBlockGroupProps) {
  return (
    <div className="my-[1.25em] [contain-intrinsic-size:auto_40rem] [content-visibility:auto] [&>:first-child]:mt-0 [&>:last-child]:mb-0">
      {blocks.map((block) => (
        <MarkdownBlock key={block.key} source={block.source} definitions={block.usesDefinitions ? definitions : ''} />
      ))}
    </div>
  );
});

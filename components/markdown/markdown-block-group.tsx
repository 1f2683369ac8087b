'use client';

import { memo } from 'react';
import type { Block } from '@/lib/markdown-blocks';
import { MarkdownBlock } from './markdown-block';

type MarkdownBlockGroupProps = {
  blocks: readonly Block[];
  definitions: string;
};

/** A run of finished blocks: while its block list is the same array, React skips the whole run at once. */
export const MarkdownBlockGroup = memo(function MarkdownBlockGroup({ blocks, definitions }: MarkdownBlockGroupProps) {
  return blocks.map((block) => (
    <MarkdownBlock key={block.key} source={block.source} definitions={block.usesDefinitions ? definitions : ''} />
  ));
});

'use client';

import { useMemo, useRef } from 'react';
import { type BlockGroup, BlockSplitter, closeDanglingSyntax, groupBlocks, mayUseDefinitions } from '@/lib/markdown-blocks';
import { MarkdownBlock } from './markdown/markdown-block';
import { MarkdownBlockGroup } from './markdown/markdown-block-group';

/**
 * Live Markdown preview whose cost per update does not grow with the text: finished blocks render once
 * (memoised, keyed by content, in groups so a re-render compares a few groups rather than every block),
 * and only the growing tail re-renders, with its unclosed syntax closed. Works for edits anywhere too
 * (the editor's preview): blocks before the edit are kept, and unchanged blocks after it are not re-rendered.
 */
export function StreamingMarkdown({ markdown }: { markdown: string }) {
  const splitterRef = useRef<BlockSplitter | null>(null);
  const groupsRef = useRef<BlockGroup[]>([]);
  splitterRef.current ??= new BlockSplitter();
  // The split is a function of `markdown` alone (the splitter only caches work), and groups are checked
  // against the blocks they hold, so a render React discards or repeats leaves nothing stale.
  const { stable, tail, definitions } = splitterRef.current.update(markdown);
  const groups = useMemo(() => {
    groupsRef.current = groupBlocks(stable, groupsRef.current);
    return groupsRef.current;
  }, [stable]);
  const closedTail = useMemo(() => closeDanglingSyntax(tail), [tail]);
  return (
    <div
      data-testid="markdown-preview"
      className="prose prose-stone max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-pre:overflow-x-auto"
    >
      {groups.map((group) => (
        <MarkdownBlockGroup key={group.key} blocks={group.blocks} definitions={definitions} />
      ))}
      <MarkdownBlock key="tail" source={closedTail} definitions={mayUseDefinitions(closedTail) ? definitions : ''} />
    </div>
  );
}

import type { Block } from './block-splitter';

export type BlockGroup = {
  /**
   * The key of the block that ends the group before it: unlike the group's own first block, it survives edits
   * inside the group, and the group keeps it when it closes, so React never remounts a group for either.
   */
  readonly key: string;
  readonly blocks: readonly Block[];
  /** Index of the first block in the stable list. */
  readonly start: number;
  /** Whether the group has ended: a later block cannot join it. */
  readonly closed: boolean;
};

const AVERAGE_SIZE = 16;
const MAX_SIZE = 64;

// Where a group ends depends on the block's content, not its position, so an edit that adds or removes a
// block regroups only the group around it, as rsync's rolling hash does for file chunks.
function endsGroup(block: Block): boolean {
  let hash = 0;
  for (let index = 0; index < block.key.length; index++) hash = (Math.imul(hash, 31) + block.key.charCodeAt(index)) | 0;
  return (hash >>> 0) % AVERAGE_SIZE === 0;
}

/**
 * Groups stable blocks so a re-render compares a few groups instead of every block. Groups from `previous`
 * are returned as the same objects while their blocks are, which is what lets a memoised group skip rendering.
 * Relies on the splitter's guarantee: stable blocks are only ever appended, or cut back and re-emitted as new objects.
 */
export function groupBlocks(stable: readonly Block[], previous: readonly BlockGroup[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  let index = 0;
  for (const group of previous) {
    const end = group.start + group.blocks.length;
    const unchanged = group.start === index && stable[end - 1] === group.blocks.at(-1);
    if (!unchanged || (!group.closed && end !== stable.length)) break;
    groups.push(group);
    index = end;
  }
  let blocks: Block[] = [];
  for (; index < stable.length; index++) {
    const block = stable[index] as Block;
    blocks.push(block);
    if (endsGroup(block) || blocks.length === MAX_SIZE) {
      groups.push(newGroup(groups, blocks, index + 1, true));
      blocks = [];
    }
  }
  if (blocks.length > 0) groups.push(newGroup(groups, blocks, stable.length, false));
  return groups;
}

function newGroup(before: readonly BlockGroup[], blocks: Block[], end: number, closed: boolean): BlockGroup {
  const key = before.at(-1)?.blocks.at(-1)?.key ?? 'start';
  return { key, blocks, start: end - blocks.length, closed };
}

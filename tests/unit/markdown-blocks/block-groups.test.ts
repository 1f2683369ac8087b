import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type BlockGroup, BlockSplitter, groupBlocks } from '@/lib/markdown-blocks';
import { markdownDocument, piecesOf } from './markdown-arbitrary';

const paragraphs = (count: number, edited = -1) =>
  Array.from({ length: count }, (_, index) => `Paragraph ${index}${index === edited ? ' (edited)' : ''} has a few words.\n\n`).join('');

describe('groupBlocks', () => {
  test('covers the stable blocks in order, and keeps groups (and their keys) while streaming', () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(fc.nat(), { maxLength: 40 }), (text, cuts) => {
        const splitter = new BlockSplitter();
        let groups: BlockGroup[] = [];
        for (const piece of piecesOf(text, cuts)) {
          const { stable } = splitter.append(piece);
          const next = groupBlocks(stable, groups);
          expect(next.flatMap((group) => group.blocks)).toEqual(stable);
          const kept = groups.filter((group) => group.closed || group.start + group.blocks.length === stable.length);
          expect(next.slice(0, kept.length)).toEqual(kept);
          for (const [index, group] of kept.entries()) expect(next[index]).toBe(group);
          // The open group keeps its key as it grows and when it closes: React never remounts it.
          const open = groups.at(-1);
          if (open && !open.closed) expect(next.find((group) => group.start === open.start)?.key).toBe(open.key);
          groups = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  test('an edit mid-text regroups only around the edited block', () => {
    const splitter = new BlockSplitter();
    const before = groupBlocks(splitter.update(`${paragraphs(400)}End`).stable, []);
    const after = groupBlocks(splitter.update(`${paragraphs(400, 200)}End`).stable, before);
    const firstAffected = after.findIndex((group) => group.start + group.blocks.length > 199);
    for (const [index, group] of after.slice(0, firstAffected).entries()) expect(group).toBe(before[index]);
    const keysBefore = new Set(before.map((group) => group.key));
    expect(after.filter((group) => !keysBefore.has(group.key)).length).toBeLessThanOrEqual(2);
    expect(before.length).toBeGreaterThan(10);
    expect(Math.max(...after.map((group) => group.blocks.length))).toBeLessThanOrEqual(64);
  });
});

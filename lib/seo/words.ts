import { type Block, BlockSplitter } from '@/lib/markdown-blocks';
import { readMarkdown } from './markdown/read-markdown';
import type { MarkdownBlock } from './markdown/types';

// A word: letters or digits, joined by an inner apostrophe or hyphen (`don't`, `e-mail`) or a digit separator (`3.5`, `10,000`).
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countBlockWords(blocks: readonly MarkdownBlock[]): number {
  let count = 0;
  for (const block of blocks) count += wordsOf(block.text).length;
  return count;
}

function countMarkdownWords(markdown: string): number {
  return countBlockWords(readMarkdown(markdown).blocks);
}

/**
 * Counts a text that grows (a streamed post) or changes in one place (a keystroke) by its blocks, the preview's
 * split: finished blocks are counted once and remembered, so each call lexes only the blocks that changed.
 */
class IncrementalCount {
  private readonly splitter = new BlockSplitter();
  private stable: readonly Block[] = [];
  // sums[i]: the words of the first i stable blocks.
  private sums = [0];
  private bySource = new Map<string, number>();
  private definitions = '';
  private markdown = '';
  private words = 0;

  count(markdown: string): number {
    if (markdown === this.markdown) return this.words;
    const { stable, tail, definitions } = this.splitter.update(markdown);
    // Blocks kept from the last call are the same objects: their sums stand as they are.
    let kept = 0;
    while (kept < stable.length && kept < this.stable.length && stable[kept] === this.stable[kept]) kept++;
    // New or changed definitions change the words of the blocks that use them (rare: definitions come last).
    if (definitions !== this.definitions) {
      const firstUsing = this.stable.findIndex((block, index) => index < kept && block.usesDefinitions);
      if (firstUsing !== -1) kept = firstUsing;
      this.definitions = definitions;
    }
    this.sums.length = kept + 1;
    if (this.bySource.size > 2 * stable.length + 64) this.bySource = new Map();
    for (let index = kept; index < stable.length; index++) {
      this.sums.push((this.sums[index] as number) + this.blockWords(stable[index] as Block, definitions));
    }
    this.stable = stable;
    this.markdown = markdown;
    // A reference link in the tail needs the definitions, as it would in the whole text.
    this.words = (this.sums[stable.length] as number) + countMarkdownWords(definitions && tail ? `${tail}\n\n${definitions}` : tail);
    return this.words;
  }

  private blockWords(block: Block, definitions: string): number {
    // Its words can depend on definitions elsewhere (`[label][ref]` is a link or literal text): counted with them.
    if (block.usesDefinitions) return countMarkdownWords(definitions ? `${block.source}\n\n${definitions}` : block.source);
    let words = this.bySource.get(block.source);
    if (words === undefined) {
      words = countMarkdownWords(block.source);
      this.bySource.set(block.source, words);
    }
    return words;
  }
}

// The editor and the live page count on every keystroke and every streamed delta: one counter follows that text.
const incremental = new IncrementalCount();

/**
 * The one word count of the app (editor, generation view, SEO panel, drafts list). Words of the text the preview shows:
 * code blocks (fenced or indented, at any depth), URLs, image alt text, HTML and reference definitions hold none.
 */
export function countWords(markdown: string): number {
  return incremental.count(markdown);
}

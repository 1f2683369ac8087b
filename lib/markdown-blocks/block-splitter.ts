import { contentHash } from './content-key';
import { lexSegments } from './lex-segments';

export type Block = {
  /** Content hash plus the ordinal among earlier blocks with the same hash: survives edits elsewhere in the text. */
  readonly key: string;
  /** The block's Markdown, with the blank lines that follow it. */
  readonly source: string;
  /** Offset of the block in the text it was split from. */
  readonly start: number;
  /** Whether the block has a bracket pair that may be a reference link, and so needs the definitions. */
  readonly usesDefinitions: boolean;
};

export type BlockSplit = {
  /** Finished blocks: appending text never changes them. */
  readonly stable: readonly Block[];
  /** Everything after the stable blocks: the part that may still change (it may hold several blocks). */
  readonly tail: string;
  readonly tailStart: number;
  /** Link reference definitions, one per line: react-markdown renders each block alone, so it needs them appended. */
  readonly definitions: string;
};

/**
 * Splits Markdown into blocks incrementally. A block becomes stable once a blank line follows it and the
 * first line of the next block is complete (so that line can no longer turn out to continue it, as `1.` after
 * a list would); an open code fence or HTML comment lexes as one block to the end, so it stays in the tail.
 * Appending re-lexes from the start of the tail only; an edit, from the block before it to the first block after it.
 */
export class BlockSplitter {
  private text = '';
  private tail = '';
  private tailStart = 0;
  private readonly blocks: Block[] = [];
  private readonly blockHashes: string[] = [];
  private readonly blockDefinitions: string[][] = [];
  private readonly hashCounts = new Map<string, number>();
  private tailDefinitions: string[] = [];
  private lexedShort = false;
  private stableCache: readonly Block[] | null = null;
  private stableDefinitions: string[] = [];
  private snapshotCache: BlockSplit | null = null;

  get markdown(): string {
    return this.text;
  }

  append(delta: string): BlockSplit {
    return this.extend(this.text + delta, delta);
  }

  /**
   * Moves to `markdown`: appends when it extends the current text. Otherwise keeps the blocks before the change,
   * re-lexes up to the first block wholly after it and, if that block still starts a block, reuses it and the rest.
   */
  update(markdown: string): BlockSplit {
    if (markdown === this.text) return this.snapshot();
    if (holdsAt(markdown, this.text, 0)) return this.extend(markdown, markdown.slice(this.text.length));
    let unchanged = 0;
    for (const block of this.blocks) {
      if (!holdsAt(markdown, block.source, block.start)) break;
      unchanged++;
    }
    const previous = {
      text: this.text,
      blocks: this.blocks.slice(),
      hashes: this.blockHashes.slice(),
      definitions: this.blockDefinitions.slice(),
    };
    const tail = { text: this.tail, start: this.tailStart, definitions: this.tailDefinitions, lexedShort: this.lexedShort };
    // A block was judged stable by the first line after it, which lives in the next block: keep one fewer.
    const keep = Math.max(0, unchanged - 1);
    this.truncate(keep);
    this.text = markdown;
    this.snapshotCache = null;
    const shift = markdown.length - previous.text.length;
    const resume = firstIntactAfterEdit(markdown, previous.text, previous.blocks, unchanged, shift, this.tailStart);
    const intact = previous.blocks[resume];
    if (intact) {
      this.tail = markdown.slice(this.tailStart, intact.start + shift + intact.source.length);
      this.lexTail();
      if (this.tailStart === intact.start + shift && !this.lexedShort) {
        for (const [index, block] of previous.blocks.entries()) {
          if (index < resume) continue;
          const hash = previous.hashes[index] as string;
          this.add(hash, block.source, block.start + shift, previous.definitions[index] ?? [], block.usesDefinitions);
        }
        this.tail = tail.text;
        this.tailStart = tail.start + shift;
        this.tailDefinitions = tail.definitions;
        this.lexedShort = tail.lexedShort;
        return this.snapshot();
      }
      this.truncate(keep);
    }
    this.tail = markdown.slice(this.tailStart);
    this.lexTail();
    return this.snapshot();
  }

  snapshot(): BlockSplit {
    if (!this.stableCache) {
      this.stableCache = this.blocks.slice();
      this.stableDefinitions = this.blockDefinitions.flat();
    }
    const definitions = this.tailDefinitions.length === 0 ? this.stableDefinitions : [...this.stableDefinitions, ...this.tailDefinitions];
    this.snapshotCache ??= { stable: this.stableCache, tail: this.tail, tailStart: this.tailStart, definitions: definitions.join('\n') };
    return this.snapshotCache;
  }

  private extend(text: string, delta: string): BlockSplit {
    if (delta === '') return this.snapshot();
    this.text = text;
    // Built from deltas, the tail is short and never a slice that would pin the whole text in memory.
    this.tail += delta;
    this.snapshotCache = null;
    // No new line, no newly complete first line: nothing can become stable. Re-lex anyway if the last lex
    // stopped short, or if the last line may be a link reference definition being written.
    if (delta.includes('\n') || this.lexedShort || DEFINITION_START.test(this.tail.slice(this.tail.lastIndexOf('\n') + 1))) {
      this.lexTail();
    }
    return this.snapshot();
  }

  private lexTail(): void {
    const tail = this.tail;
    const { boundaries, definitions, complete } = lexSegments(tail);
    this.lexedShort = !complete;
    let cut = 0;
    let cutIndex = -1;
    for (let index = boundaries.length - 1; index >= 0; index--) {
      const boundary = boundaries[index] as number;
      if (tail.indexOf('\n', boundary) !== -1) {
        cut = boundary;
        cutIndex = index;
        break;
      }
    }
    let start = 0;
    for (let index = 0; index <= cutIndex; index++) {
      const end = boundaries[index] as number;
      const own = definitions.filter((definition) => definition.offset >= start && definition.offset < end).map((item) => item.text);
      this.push(tail.slice(start, end), this.tailStart + start, own);
      start = end;
    }
    this.tailStart += cut;
    if (cut > 0) this.tail = tail.slice(cut);
    // Definitions usually sit at the very end of a text, so the tail's count too.
    this.tailDefinitions = definitions.filter((definition) => definition.offset >= cut).map((definition) => definition.text);
  }

  private push(source: string, start: number, definitions: string[]): void {
    // A copy: a slice would keep alive the whole string it was cut from (in V8), one text per block.
    this.add(contentHash(source), ` ${source}`.slice(1), start, definitions);
  }

  private add(hash: string, source: string, start: number, definitions: string[], usesDefinitions = mayUseDefinitions(source)): void {
    const ordinal = this.hashCounts.get(hash) ?? 0;
    this.hashCounts.set(hash, ordinal + 1);
    this.blocks.push({ key: `${hash}-${ordinal}`, source, start, usesDefinitions });
    this.blockHashes.push(hash);
    this.blockDefinitions.push(definitions);
    this.stableCache = null;
  }

  private truncate(count: number): void {
    for (const hash of this.blockHashes.slice(count)) {
      const left = (this.hashCounts.get(hash) ?? 1) - 1;
      if (left > 0) this.hashCounts.set(hash, left);
      else this.hashCounts.delete(hash);
    }
    this.blocks.length = count;
    this.stableCache = null;
    this.blockHashes.length = count;
    this.blockDefinitions.length = count;
    const last = this.blocks.at(-1);
    this.tailStart = last ? last.start + last.source.length : 0;
  }
}

/**
 * Index of the first block (from `from` on) lying wholly after an edit: the new text ends with it and all that
 * followed it, moved by `shift`, starting at `after` or later; -1 if none. Binary search: once a block is intact,
 * so are all after it.
 */
function firstIntactAfterEdit(
  text: string,
  previous: string,
  blocks: readonly Block[],
  from: number,
  shift: number,
  after: number,
): number {
  const intact = (index: number) => {
    const start = (blocks[index] as Block).start;
    return start + shift >= after && text.slice(start + shift) === previous.slice(start);
  };
  let low = from;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (intact(middle)) high = middle;
    else low = middle + 1;
  }
  return low < blocks.length ? low : -1;
}

// Slice and compare: V8 compares equal-length strings with memcmp, where startsWith goes char by char.
function holdsAt(text: string, part: string, at: number): boolean {
  return text.length >= at + part.length && text.slice(at, at + part.length) === part;
}

const DEFINITION_START = /^ {0,3}\[/;
const REFERENCE_LIKE = /\[[^\]\n]*\](?!\()/;

/** A `[label]` not followed by `(`: a full, collapsed or shortcut reference link, or a task box (harmless). */
export function mayUseDefinitions(markdown: string): boolean {
  return REFERENCE_LIKE.test(markdown);
}

/** One-shot split of a whole text. */
export function splitBlocks(markdown: string): BlockSplit {
  return new BlockSplitter().append(markdown);
}

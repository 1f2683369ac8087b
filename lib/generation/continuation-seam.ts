/**
 * Where a continuation asked for in a user turn meets the text already kept. A model asked to continue a
 * post often repeats the sentence it was cut in or its last words, or completes a word that was cut in
 * half. The aligner holds back the start of the reply until it knows how much of it is such a repeat,
 * removes that part, and then passes everything through: nothing it releases is ever taken back.
 */

// Alignment looks at the kept text's tail only, so a seam costs the same at 1 KB and at 150 KB.
const TAIL_CHARS = 2_000;
// A reply that still matches the tail after this much is released as aligned so far.
const MAX_HELD_CHARS = TAIL_CHARS + 1_000;

// A cut-off word this short and made of letters begins too many words to tell a seam by itself.
const SHORT_CUT_WORD = /^\p{L}{1,3}$/u;

// Scripts written with spaces between words: an unaligned reply starting with a letter gets one there.
const SPACED_LETTER = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Nd}]/u;
const SPACED_LETTER_AT_END = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Nd}]$/u;

/**
 * The part of the kept text shown to the model: all of it but its last word (and trailing whitespace).
 * The model then writes that word again itself, which tells the aligner how the two meet, and brings its
 * own spacing: a word cut in half is completed rather than glued on, a whole one is followed by the right
 * space or line break.
 */
export function textShownForContinuation(kept: string): string {
  const trimmed = kept.trimEnd();
  const lastWord = trimmed.search(/\S+$/);
  return lastWord <= 0 ? '' : trimmed.slice(0, lastWord).trimEnd();
}

type ReplyWord = { text: string; start: number };

export class SeamAligner {
  private readonly tail: string[];
  private readonly keptEndsInSpace: boolean;
  private readonly keptEndsInSpacedLetter: boolean;
  private buffer = '';
  private scannedTo = 0;
  private readonly replyWords: ReplyWord[] = [];
  /** Overlaps of j tail words that the reply has not contradicted yet and not finished. */
  private pending: number[];
  private overlap = 0;
  /** A completed overlap whose last word only starts with a short cut-off word: taken if no longer one holds. */
  private weakOverlap = 0;
  private decided = false;

  constructor(kept: string) {
    const tailText = kept.slice(-TAIL_CHARS);
    const words = tailText.match(/\S+/g) ?? [];
    // The tail may start inside a word; that fragment cannot be matched as a word.
    const cutInWord = tailText.length < kept.length && /\S/.test(kept[kept.length - tailText.length - 1] ?? '') && /^\S/.test(tailText);
    this.tail = cutInWord ? words.slice(1) : words;
    this.keptEndsInSpace = /\s$/.test(kept);
    this.keptEndsInSpacedLetter = SPACED_LETTER_AT_END.test(kept);
    this.pending = Array.from({ length: this.tail.length }, (_, index) => index + 1);
  }

  /** Takes the next piece of the reply; returns the text that can be committed now (often '' at first). */
  push(text: string): string {
    if (this.decided) return text;
    this.buffer += text;
    this.readWords(false);
    if (this.overlap === 0 && this.pending.length > 0 && this.buffer.length <= MAX_HELD_CHARS) return '';
    return this.decide();
  }

  /** The reply ended: whatever is still held is aligned and released. */
  finish(): string {
    if (this.decided) return '';
    this.readWords(true);
    return this.decide();
  }

  private readWords(final: boolean): void {
    const pattern = /\S+/g;
    pattern.lastIndex = this.scannedTo;
    for (let match = pattern.exec(this.buffer); match && this.overlap === 0; match = pattern.exec(this.buffer)) {
      const end = match.index + match[0].length;
      // A word is only known once whitespace follows it (or the reply ended).
      if (end === this.buffer.length && !final) break;
      this.scannedTo = end;
      this.matchWord({ text: match[0], start: match.index });
    }
  }

  /**
   * Narrows the overlaps still possible with the reply's next word. The shortest overlap that the reply
   * completes wins: in text that repeats itself (a table's `| --- | --- |`) a longer one may fit too, and
   * taking it could drop new text, while the shorter one at worst keeps a repeat. One exception: a reply
   * word that merely starts with a cut-off word of one to three letters ("Tutorials," after "Tips and T")
   * is weak evidence, so a longer overlap still matching word for word is waited for and preferred.
   */
  private matchWord(word: ReplyWord): void {
    const position = this.replyWords.length;
    this.replyWords.push(word);
    const last = this.tail.length - 1;
    const lastTailWord = this.tail[last] ?? '';
    this.pending = this.pending.filter((overlap) => {
      if (position < overlap - 1) return word.text === this.tail[last - overlap + 1 + position];
      // The overlap's last word is the kept text's last word, which may have been cut in half.
      if (this.overlap === 0 && word.text.startsWith(lastTailWord)) {
        if (word.text !== lastTailWord && SHORT_CUT_WORD.test(lastTailWord)) this.weakOverlap = overlap;
        else this.overlap = overlap;
      }
      return false;
    });
    if (this.overlap === 0 && this.pending.length === 0) this.overlap = this.weakOverlap;
  }

  private decide(): string {
    this.decided = true;
    if (this.overlap === 0) this.overlap = this.weakOverlap;
    let rest = this.buffer;
    const overlapEnd = this.replyWords[this.overlap - 1];
    if (overlapEnd) rest = rest.slice(overlapEnd.start + (this.tail.at(-1)?.length ?? 0));
    if (this.keptEndsInSpace) rest = rest.replace(/^\s+/, '');
    else if (!overlapEnd && this.keptEndsInSpacedLetter && SPACED_LETTER.test(rest)) rest = ` ${rest}`;
    this.buffer = '';
    return rest;
  }
}

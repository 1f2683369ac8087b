import type { BodyBuilder } from './body-builder';

/**
 * The rule: a closing remark is what a chat model says to the person who asked, after the post. It is dropped
 * from the body (and quoted in a warning) only when all of these hold, so that a sign-off to the reader stays:
 * - it is at the very end of the body: nothing but blank lines, thematic breaks, other remarks or the end marker
 *   follows it;
 * - it starts a paragraph (a blank line before it) after some body text, and is one line of at most
 *   MAX_REMARK_LENGTH characters;
 * - it opens with one of OPENERS (after any emphasis or quote), words that address the requester about the
 *   text itself: "I hope this helps", "Let me know if", "Would you like me to"… ("I hope this guide helps you
 *   choose" and "Let me know what you think" are the post talking to its reader, and stay);
 * - it does not mention comments ("let me know in the comments" is a blogger's line).
 * A thematic break (`---`) between the post and the remark goes with it.
 */
const OPENERS = [
  'hope this helps',
  'hope that helps',
  'i hope this helps',
  'i hope that helps',
  'i hope this is helpful',
  'i hope this was helpful',
  'i hope this is useful',
  'i hope you find this helpful',
  'i hope you find this useful',
  'i hope you found this helpful',
  'i hope you found this useful',
  'let me know if',
  'let me know whether',
  'please let me know if',
  'just let me know if',
  'feel free to ask',
  'feel free to let me know',
  'feel free to request',
  'would you like me to',
  'do you want me to',
  'shall i ',
  'is there anything else',
  "if you'd like me to",
  'if you would like me to',
  'if you want me to',
  "if you'd like any changes",
  'if you would like any changes',
  "if you'd like any adjustments",
  'if you would like any adjustments',
  'if you need any changes',
  'if you need any adjustments',
  'if you need any revisions',
  'i can adjust',
  'i can also adjust',
  'i can expand',
  'i can also expand',
  'i can shorten',
  'i can rewrite',
  'i can revise',
  'i can tailor',
  "i'd be happy to",
  'i would be happy to',
];

const MAX_REMARK_LENGTH = 300;
const SAMPLE_LENGTH = 60;
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// What a growing line that may still become a thematic break looks like (a CRLF's \r is not yet stripped).
const THEMATIC_BREAK_START = /^[ \t]{0,3}(?:([-*_])[ \t]*(?:\1[ \t]*)*)?\r?$/;

// Lower case, straight apostrophes, single spaces, no leading emphasis or quote: a prefix of a line normalises
// to a prefix of the line's normal form, so a line start can be tested for what the line may become.
function normal(text: string): string {
  return text
    .replace(/^[\s*_"“'‘]+/, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function isClosingRemark(line: string): boolean {
  if (line.length > MAX_REMARK_LENGTH || /comment/i.test(line)) return false;
  const text = normal(line);
  return OPENERS.some((opener) => text.startsWith(opener));
}

function isTailLine(line: string): boolean {
  return THEMATIC_BREAK.test(line) || isClosingRemark(line);
}

/** Whether a line that starts like this (`length` characters so far) may still turn out to be a remark or a break. */
function mayBecomeTailLine(lineStart: string, length: number): boolean {
  if (THEMATIC_BREAK_START.test(lineStart)) return true;
  // + 1: the \r of a CRLF, which the complete line loses.
  if (length > MAX_REMARK_LENGTH + 1) return false;
  const text = normal(lineStart);
  return OPENERS.some((opener) => opener.startsWith(text) || text.startsWith(opener));
}

/**
 * Sits in front of the body: holds back what may be closing remarks until text follows them (then they are body
 * text), and drops them if the body ends with them. Held lines are never shown, so snapshots only grow.
 */
export class ClosingRemarks {
  private held: string[] = [];
  private heldRemark = false;
  private afterBlank = false;
  private hasText = false;
  private readonly body: BodyBuilder;

  constructor(body: BodyBuilder) {
    this.body = body;
  }

  addLine(line: string): void {
    const blank = line.trim() === '';
    const canHold = this.held.length > 0 || (!blank && this.hasText && this.afterBlank);
    if (canHold && (blank || isTailLine(line))) {
      this.held.push(line);
      if (!blank && !THEMATIC_BREAK.test(line)) this.heldRemark = true;
      return;
    }
    this.release();
    this.pass(line);
  }

  get holding(): boolean {
    return this.held.length > 0;
  }

  /** The line being written will not be a remark: what is held is body text after all. */
  releaseUnlessTail(lineStart: string, length: number): void {
    if (this.holding && !mayBecomeTailLine(lineStart, length)) this.release();
  }

  /** Whether the line being written must stay hidden, as it may be (or follow) a closing remark. */
  hidesPending(lineStart: string, length: number): boolean {
    if (this.holding) return true;
    return this.hasText && this.afterBlank && mayBecomeTailLine(lineStart, length);
  }

  /** At the end of the post: drops held remarks, returning a warning that quotes them, or releases a lone break. */
  finish(): string | null {
    if (!this.heldRemark) {
      this.release();
      return null;
    }
    const said = this.held
      .filter((line) => line.trim() !== '' && !THEMATIC_BREAK.test(line))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    this.held = [];
    this.heldRemark = false;
    const more = said.length > SAMPLE_LENGTH ? '…' : '';
    const sample = said
      .slice(0, SAMPLE_LENGTH)
      .replace(/[\uD800-\uDBFF]$/, '')
      .trimEnd();
    return `The model added a remark after the post; it was not kept: "${sample}${more}"`;
  }

  private release(): void {
    const lines = this.held;
    this.held = [];
    this.heldRemark = false;
    for (const line of lines) this.pass(line);
  }

  private pass(line: string): void {
    this.body.addLine(line);
    const blank = line.trim() === '';
    this.afterBlank = blank;
    if (!blank) this.hasText = true;
  }
}

import { Lexer, type Token } from 'marked';

export type Definition = { offset: number; text: string };

export type Segments = {
  /** Offsets (in the lexed text) where a new top-level block starts right after a blank line. */
  boundaries: number[];
  /** Top-level link reference definitions (footnote definitions excluded). */
  definitions: Definition[];
  /** False when the boundaries stop short of the end of the text. */
  complete: boolean;
};

const LEXER_OPTIONS = { gfm: true, pedantic: false };

/**
 * Lexes `text` (which must start at a block boundary) into top-level blocks with marked's block lexer,
 * and returns where the blank-line-separated runs of blocks start. Only block lexing: inline is react-markdown's job.
 */
export function lexSegments(text: string): Segments {
  // marked would turn \r\n into \n and shift every offset; a same-length stand-in keeps offsets true.
  const lexable = text.includes('\r') ? text.replace(/\r/g, ' ') : text;
  const tokens: Token[] = new Lexer(LEXER_OPTIONS).blockTokens(lexable);
  const boundaries: number[] = [];
  const definitions: Definition[] = [];
  let offset = 0;
  let complete = true;
  for (const token of tokens) {
    if (token.type !== 'space' && offset > 0 && followsBlankLine(lexable, offset)) boundaries.push(offset);
    // Raws add up to the input except where marked tidies one (a list's last item at the end of the input):
    // past such a token no offset can be trusted.
    if (!lexable.startsWith(token.raw, offset)) {
      complete = false;
      break;
    }
    if (token.type === 'def' && !token.tag.startsWith('^')) definitions.push({ offset, text: token.raw.trim() });
    offset += token.raw.length;
  }
  return { boundaries, definitions, complete };
}

function followsBlankLine(text: string, offset: number): boolean {
  if (text[offset - 1] !== '\n') return false;
  for (let index = offset - 2; index >= 0; index--) {
    const char = text[index];
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t') return false;
  }
  return true;
}

/** A focus keyword as typed, and its tokens as compared. */
export type FocusKeyword = { text: string; tokens: string[] };

const TOKEN = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^ -~\s]/;

/** The comma- or semicolon-separated focus keywords, blanks and repeats dropped; the first is the main one. */
export function parseFocusKeywords(keywords: string): FocusKeyword[] {
  const parsed: FocusKeyword[] = [];
  const seen = new Set<string>();
  for (const part of keywords.split(/[,;\n]/)) {
    const text = part.trim().replace(/\s+/g, ' ');
    const tokens = matchTokens(text);
    const key = tokens.join(' ');
    if (tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    parsed.push({ text, tokens });
  }
  return parsed;
}

/**
 * Tokens compared for keyword matches: lowercase, accents dropped, split at anything but letters and digits
 * (so a slug's hyphens and a title's punctuation do not matter), and a plural `-s`/`-ies` folded.
 */
export function matchTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const folded = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
  return (folded.match(TOKEN) ?? []).map(singular);
}

export function containsKeyword(tokens: readonly string[], keyword: FocusKeyword): boolean {
  return countKeyword(tokens, keyword, 1) > 0;
}

/** How many times the keyword's tokens appear in a row; stops counting at `limit`. */
export function countKeyword(tokens: readonly string[], keyword: FocusKeyword, limit = Number.POSITIVE_INFINITY): number {
  const phrase = keyword.tokens;
  const first = phrase[0];
  let count = 0;
  for (let i = 0; i + phrase.length <= tokens.length && count < limit; i++) {
    if (tokens[i] !== first) continue;
    let j = 1;
    while (j < phrase.length && tokens[i + j] === phrase[j]) j++;
    if (j === phrase.length) {
      count++;
      i += phrase.length - 1;
    }
  }
  return count;
}

function singular(token: string): string {
  if (token.length > 4 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}

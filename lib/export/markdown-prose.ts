const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BACKTICK_RUN = /`+/g;

const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

export type MarkdownLine = { text: string; inCode: boolean };

/** Columns of leading white space, a tab reaching the next multiple of four (CommonMark 2.2). */
function indentation(text: string): number {
  let columns = 0;
  for (const char of text) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * The body's lines, each marked when it is code: a fenced code block (its fences included) or an indented code
 * block (CommonMark 4.4: four columns in, after a blank line or at the start, where no paragraph goes on). Inside a
 * list an indented line is the item's own text, so lists are left as prose. Line rules, not a parser: they stay linear
 * whatever the input, where a CommonMark parser takes minutes on some inputs (long runs of unmatched backticks).
 */
export function markdownLines(body: string): MarkdownLine[] {
  let fence: string | undefined;
  let indentedCode = false;
  let inList = false;
  let previousBlank = true;
  return body.split('\n').map((text) => {
    const blank = text.trim() === '';
    const afterBlank = previousBlank;
    previousBlank = blank && fence === undefined;
    const opener = FENCE.exec(text)?.[1];
    if (fence !== undefined) {
      const closes = opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && text.trim() === opener;
      if (closes) fence = undefined;
      return { text, inCode: true };
    }
    if (blank) return { text, inCode: indentedCode };
    if (indentation(text) >= 4) {
      indentedCode ||= afterBlank && !inList;
      return { text, inCode: indentedCode };
    }
    indentedCode = false;
    if (LIST_ITEM.test(text)) inList = true;
    else if (afterBlank && indentation(text) === 0) inList = false;
    if (opener === undefined) return { text, inCode: false };
    fence = opener;
    return { text, inCode: true };
  });
}

/** Rewrites the prose of a body with `rewrite`, leaving code blocks and inline code spans as they are. */
export function mapProse(body: string, rewrite: (prose: string) => string): string {
  return markdownLines(body)
    .map(({ text, inCode }) => {
      if (inCode) return text;
      let out = '';
      let from = 0;
      for (const [start, end] of codeSpans(text)) {
        out += rewrite(text.slice(from, start)) + text.slice(start, end);
        from = end;
      }
      return out + rewrite(text.slice(from));
    })
    .join('\n');
}

/**
 * Code spans as [start, end) ranges: a backtick run up to the next run of the same length (CommonMark 6.1).
 * Each run's next equal run is found from the end in one pass, so a line of unmatched runs stays linear.
 */
function codeSpans(text: string): [number, number][] {
  const runs = [...text.matchAll(BACKTICK_RUN)].map((match) => ({ start: match.index, length: match[0].length }));
  const nextSame: (number | undefined)[] = [];
  const latest = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]?.length ?? 0;
    nextSame[i] = latest.get(length);
    latest.set(length, i);
  }
  const spans: [number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    const close = nextSame[i];
    const open = runs[i];
    const closing = close === undefined ? undefined : runs[close];
    if (open === undefined || close === undefined || closing === undefined) continue;
    spans.push([open.start, closing.start + closing.length]);
    i = close;
  }
  return spans;
}

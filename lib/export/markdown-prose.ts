const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BACKTICK_RUN = /`+/g;

export type MarkdownLine = { text: string; inFence: boolean };

/** The body's lines, each marked when it belongs to a fenced code block (its fences included). */
export function markdownLines(body: string): MarkdownLine[] {
  let fence: string | undefined;
  return body.split('\n').map((text) => {
    const opener = FENCE.exec(text)?.[1];
    if (fence === undefined) {
      if (opener === undefined) return { text, inFence: false };
      fence = opener;
      return { text, inFence: true };
    }
    const closes = opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && text.trim() === opener;
    if (closes) fence = undefined;
    return { text, inFence: true };
  });
}

/** Rewrites the prose of a body with `rewrite`, leaving fenced code blocks and inline code spans as they are. */
export function mapProse(body: string, rewrite: (prose: string) => string): string {
  return markdownLines(body)
    .map(({ text, inFence }) => {
      if (inFence) return text;
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

export type MarkerSpan = { start: number; end: number };

const MAX_DASHES = 8;
const MAX_TRAILING_SPACE = 8;

/** Characters of context a caller keeps: every marker, with its bold and trailing space, is shorter. */
export const MARKER_WINDOW = 40;

// `-EndOFText-`, `</EndOFText>` and the like end the post wherever they stand in a line.
const DECORATED = new RegExp(`(?:\\*\\*|__)?(?:-{1,${MAX_DASHES}}endoftext-|<\\/?endoftext\\/?>)`, 'i');
// A plain `EndOFText` is a marker only as the last word of its line, so prose can still mention it.
const BARE_AT_END = new RegExp(`(?<=^|\\s)(?:\\*\\*|__)?-?endoftext-?(?:\\*\\*|__)?[ \\t\\r]{0,${MAX_TRAILING_SPACE}}$`, 'i');

const BOLD = ['', '**', '__'];
const DECORATED_FORMS = BOLD.flatMap((bold) => [
  ...Array.from({ length: MAX_DASHES }, (_, index) => `${bold}${'-'.repeat(index + 1)}endoftext-`),
  ...['<endoftext>', '</endoftext>', '<endoftext/>', '</endoftext/>'].map((tag) => bold + tag),
]);
const BARE_FORMS = BOLD.flatMap((open) =>
  BOLD.flatMap((close) => ['endoftext', '-endoftext', 'endoftext-', '-endoftext-'].map((core) => open + core + close)),
);
const MARKER_PREFIXES = new Set(
  [...DECORATED_FORMS, ...BARE_FORMS].flatMap((form) => Array.from({ length: form.length }, (_, index) => form.slice(0, index + 1))),
);
const MARKER_FIRST_CHARACTERS = '-<*_eE';
const LONGEST_FRAGMENT = Math.max(...BARE_FORMS.map((form) => form.length)) + MAX_TRAILING_SPACE;

/** The first `-EndOFText-`-style marker in a line, if any. */
export function findDecoratedMarker(text: string): MarkerSpan | null {
  const match = DECORATED.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** A bare `EndOFText` (or a decorated one) ending a complete line. */
export function findBareMarkerAtEnd(line: string): MarkerSpan | null {
  const offset = Math.max(0, line.length - MARKER_WINDOW);
  const match = BARE_AT_END.exec(line.slice(offset));
  return match ? { start: offset + match.index, end: line.length } : null;
}

/** The text before a marker, without further markers right before it (`EndOFText -EndOFText-`). */
export function textBeforeMarker(text: string): string {
  let before = text;
  for (let marker = findBareMarkerAtEnd(before); marker; marker = findBareMarkerAtEnd(before)) {
    before = before.slice(0, marker.start);
  }
  return before;
}

/**
 * Where the shown part of a growing line must stop, given the line's last MARKER_WINDOW characters:
 * from there on the text may still turn out to be an end marker.
 */
export function heldTailStart(window: string): number {
  let hold = window.length;
  for (let index = Math.max(0, window.length - LONGEST_FRAGMENT); index < window.length; index++) {
    if (couldBecomeMarker(window.slice(index))) {
      hold = index;
      break;
    }
  }
  // Shown text ending in a bare marker would show a marker, even though more text follows it.
  for (let marker = findBareMarkerAtEnd(window.slice(0, hold)); marker; marker = findBareMarkerAtEnd(window.slice(0, hold))) {
    hold = marker.start;
  }
  return hold;
}

function couldBecomeMarker(fragment: string): boolean {
  if (!MARKER_FIRST_CHARACTERS.includes(fragment.charAt(0))) return false;
  const lower = fragment.toLowerCase();
  if (MARKER_PREFIXES.has(lower)) return true;
  const withoutSpace = lower.replace(/[ \t\r]+$/, '');
  return lower.length - withoutSpace.length <= MAX_TRAILING_SPACE && BARE_FORMS.includes(withoutSpace);
}

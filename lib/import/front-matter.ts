export type { FrontMatterMapping, ReadMapping } from './front-matter-yaml.mjs';
export { readFrontMatterMapping } from './front-matter-yaml.mjs';

export type SplitFile =
  | { kind: 'none'; body: string }
  | { kind: 'yaml'; yaml: string; body: string }
  | { kind: 'unclosed' }
  | { kind: 'toml' };

const OPENING = /^---[ \t]*$/;
// Searched for in the text rather than in a list of its lines: splitting a 2 MB file into lines and joining them
// again held the server for tens of milliseconds per file.
const CLOSING_LINE = /\n(?:---|\.\.\.)[ \t]*(?=\n|$)/g;

/** Separates YAML front matter (between `---` lines at the very top) from the body, as static-site generators do. */
export function splitFrontMatter(text: string): SplitFile {
  const firstLineEnd = text.indexOf('\n');
  const first = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (/^\+\+\+[ \t]*$/.test(first)) return { kind: 'toml' };
  if (!OPENING.test(first)) return { kind: 'none', body: text };
  if (firstLineEnd === -1) return { kind: 'unclosed' };
  CLOSING_LINE.lastIndex = firstLineEnd;
  const closing = CLOSING_LINE.exec(text);
  if (closing === null) return { kind: 'unclosed' };
  return {
    kind: 'yaml',
    yaml: text.slice(firstLineEnd + 1, closing.index),
    body: text.slice(closing.index + closing[0].length + 1),
  };
}

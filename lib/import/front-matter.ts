export type { FrontMatterMapping, ReadMapping } from './front-matter-yaml.mjs';
export { readFrontMatterMapping } from './front-matter-yaml.mjs';

/** Front matter still to be read: YAML between `---` lines, or TOML between `+++` lines as Hugo writes it. */
export type FrontMatterSource = { language: 'yaml' | 'toml'; text: string };

export type SplitFile =
  | { kind: 'none'; body: string }
  | { kind: 'front-matter'; frontMatter: FrontMatterSource; body: string }
  | { kind: 'unclosed'; fence: '---' | '+++' };

const YAML_OPENING = /^---[ \t]*$/;
const TOML_OPENING = /^\+\+\+[ \t]*$/;
// Searched for in the text rather than in a list of its lines: splitting a 2 MB file into lines and joining them
// again held the server for tens of milliseconds per file.
const YAML_CLOSING_LINE = /\n(?:---|\.\.\.)[ \t]*(?=\n|$)/g;
const TOML_CLOSING_LINE = /\n\+\+\+[ \t]*(?=\n|$)/g;

/** Separates front matter (between `---` or `+++` lines at the very top) from the body, as static-site generators do. */
export function splitFrontMatter(text: string): SplitFile {
  const firstLineEnd = text.indexOf('\n');
  const first = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const language = YAML_OPENING.test(first) ? 'yaml' : TOML_OPENING.test(first) ? 'toml' : undefined;
  if (language === undefined) return { kind: 'none', body: text };
  const fence = language === 'yaml' ? '---' : '+++';
  if (firstLineEnd === -1) return { kind: 'unclosed', fence };
  const closingLine = language === 'yaml' ? YAML_CLOSING_LINE : TOML_CLOSING_LINE;
  closingLine.lastIndex = firstLineEnd;
  const closing = closingLine.exec(text);
  if (closing === null) return { kind: 'unclosed', fence };
  return {
    kind: 'front-matter',
    frontMatter: { language, text: text.slice(firstLineEnd + 1, closing.index) },
    body: text.slice(closing.index + closing[0].length + 1),
  };
}

export type FieldName = 'title' | 'metaDescription' | 'tags' | 'categories' | 'content';

export type FieldLine = { field: FieldName; value: string };

const SEP = '[ _-]?';
const LABELS: Record<FieldName, string> = {
  title: `(?:post${SEP})?title`,
  metaDescription: `(?:(?:meta|post)${SEP})?description`,
  tags: `(?:post${SEP})?tags?`,
  categories: `(?:post${SEP})?categor(?:y|ies)`,
  content: `markdown${SEP}(?:post${SEP})?content|post${SEP}content`,
};
const FIELD_NAMES = Object.keys(LABELS) as FieldName[];

const EMPHASIS = '\\*\\*|__|\\*';
// Spacing is bounded so that a label always ends within LABEL_MAX_LENGTH characters.
const LABEL = new RegExp(
  `^\\uFEFF?[ \\t]{0,3}(?:#{1,6}[ \\t]{0,3})?(?<open>${EMPHASIS})?[ \\t]{0,2}` +
    `(?:${FIELD_NAMES.map((field) => `(?<${field}>${LABELS[field]})`).join('|')})` +
    `[ \\t]{0,2}(?<close>${EMPHASIS})?[ \\t]{0,2}[:：][ \\t]*`,
  'i',
);

/** A line at least this long is a label line only if its start already matches one. */
export const LABEL_MAX_LENGTH = 64;

/** `TITLE: x`, `**Meta Description:** x`, `## tags : x`…: the field and the text after the label. */
export function matchFieldLine(line: string): FieldLine | null {
  const match = LABEL.exec(line);
  if (!match) return null;
  const field = FIELD_NAMES.find((name) => match.groups?.[name] !== undefined);
  if (!field) return null;
  return { field, value: stripEmphasisCloser(line.slice(match[0].length), match.groups?.open, match.groups?.close) };
}

/** Whether a line starting like this (at least LABEL_MAX_LENGTH characters) can only be body text. */
export function startsBodyText(lineStart: string): boolean {
  return lineStart.length >= LABEL_MAX_LENGTH && !LABEL.test(lineStart) && lineStart.trim() !== '';
}

// `**TITLE:** x` and `**TITLE: x**` put the bold's closing half in the value; `**TITLE:** **x**` does not.
function stripEmphasisCloser(value: string, open: string | undefined, close: string | undefined): string {
  if (open === undefined || close !== undefined) return value;
  if (value.startsWith(open)) {
    const rest = value.slice(open.length);
    return /^\s/.test(rest) || !rest.includes(open) ? rest.trimStart() : value;
  }
  const trimmed = value.trimEnd();
  return trimmed.endsWith(open) ? trimmed.slice(0, -open.length) : value;
}

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
// Local models write the header as a Markdown list (`- TITLE: x`, `1. Title: x`); a bullet needs the space after it.
const BULLET = '(?:[-*+]|\\d{1,2}[.)])[ \\t]{1,3}';
// `Title: x`, or `Title - x` (a dash between spaces: `Title-Case` is no label).
const SEPARATOR = '(?:[ \\t]{0,2}[:：]|[ \\t]{1,2}[-–—](?=[ \\t]))';
// Spacing is bounded so that a label always ends within LABEL_MAX_LENGTH characters.
const LABEL = new RegExp(
  `^\\uFEFF?[ \\t]{0,3}(?:${BULLET})?(?:#{1,6}[ \\t]{0,3})?(?<open>${EMPHASIS})?[ \\t]{0,2}` +
    `(?:${FIELD_NAMES.map((field) => `(?<${field}>${LABELS[field]})`).join('|')})` +
    `[ \\t]{0,2}(?<close>${EMPHASIS})?${SEPARATOR}[ \\t]*`,
  'i',
);

// A level-one heading: the title, for a local model that writes `# Title` instead of `TITLE: Title`.
const TITLE_HEADING = /^\uFEFF?[ \t]{0,3}#[ \t]+(?<value>.*?)(?:[ \t]+#+)?[ \t]*$/;

/** A line at least this long is a label line only if its start already matches one. */
export const LABEL_MAX_LENGTH = 64;

/**
 * `TITLE: x`, `**Meta Description:** x`, `## tags : x`, `- Title - x`…: the field and the text after the label.
 * The text is empty when the label stands on its own line (`**Title:**`); the value may then follow on the next.
 */
export function matchFieldLine(line: string): FieldLine | null {
  const match = LABEL.exec(line);
  if (!match) return null;
  const field = FIELD_NAMES.find((name) => match.groups?.[name] !== undefined);
  if (!field) return null;
  return { field, value: stripEmphasisCloser(line.slice(match[0].length), match.groups?.open, match.groups?.close) };
}

/** The text of a `# Heading` line (exactly one `#`), or null. */
export function matchTitleHeading(line: string): string | null {
  const value = TITLE_HEADING.exec(line)?.groups?.value ?? '';
  return value.trim() === '' ? null : value;
}

/** Whether a line starting like this may be a `# Heading`. */
export function mayBeTitleHeading(lineStart: string): boolean {
  return /^\uFEFF?[ \t]{0,3}#(?:[ \t]|$)/.test(lineStart);
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

import { cleanValue } from '@/lib/post-format/normalise';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Only the opening is matched by pattern: a lazy text group before optional closing `#`s backtracks
// quadratically, and one line of 40,000 spaces took seconds.
const HEADING_1_OPENING = /^ {0,3}#(?:[ \t](.*))?$/s;

/** The body as stored: no leading blank lines, one newline at the end (none when empty). */
export function cleanBody(body: string): string {
  const trimmed = body.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  return trimmed === '' ? '' : `${trimmed}\n`;
}

type Heading = { text: string; line: number };

function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
}

/** The text of a `# heading` line without its closing `#`s, or `undefined` when the line is not one. */
function headingText(line: string): string | undefined {
  const opening = HEADING_1_OPENING.exec(line);
  if (!opening) return undefined;
  const text = opening[1] ?? '';
  let end = text.length;
  while (isBlank(text[end - 1])) end--;
  let hashes = end;
  while (text[hashes - 1] === '#') hashes--;
  return hashes < end && (hashes === 0 || isBlank(text[hashes - 1])) ? text.slice(0, hashes) : text.slice(0, end);
}

// Lines inside fenced code (a `# comment` in a shell snippet) are not headings.
function firstHeading(lines: readonly string[]): Heading | undefined {
  let fence: string | undefined;
  for (const [line, text] of lines.entries()) {
    const marker = FENCE.exec(text)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    const title = cleanValue(headingText(text) ?? '');
    if (title !== '') return { text: title, line };
  }
  return undefined;
}

/** The first `# heading` as a title; the heading leaves the body only when it opens it, as a title line does. */
export function takeTitleHeading(body: string): { title: string; body: string } | undefined {
  const lines = body.split('\n');
  const heading = firstHeading(lines);
  if (!heading) return undefined;
  const opensBody = lines.slice(0, heading.line).every((line) => line.trim() === '');
  return { title: heading.text, body: opensBody ? lines.slice(heading.line + 1).join('\n') : body };
}

/** A title from a file name: `2024-05-01-my-first-post.md` → `My first post`. */
export function titleFromFileName(fileName: string): string {
  const words = fileName
    .replace(/\.(?:md|markdown)$/i, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();
  return words === '' ? 'Untitled' : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

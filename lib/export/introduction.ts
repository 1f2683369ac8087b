import { markdownLines } from './markdown-prose';

const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const MAX_DESCRIPTION_LENGTH = 160;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** The line range [start, end) of the first paragraph of prose: not a heading, not code. */
function firstParagraph(lines: ReturnType<typeof markdownLines>): { start: number; end: number } | undefined {
  const start = lines.findIndex(({ text, inCode }) => !inCode && !isBlank(text) && !HEADING.test(text) && !text.startsWith('    '));
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end];
    if (line === undefined || line.inCode || isBlank(line.text) || HEADING.test(line.text)) break;
    end++;
  }
  return { start, end };
}

/** Markdown punctuation dropped and the text cut at a word to at most 160 characters, the usual meta description length. */
function plainSentence(markdown: string): string {
  const plain = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/^\s*(?:[-*+>]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= MAX_DESCRIPTION_LENGTH) return plain;
  const cut = plain.slice(0, MAX_DESCRIPTION_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 80 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The first paragraph of the body as one plain line, or undefined when the body has no prose. */
export function introductionText(body: string): string | undefined {
  const lines = markdownLines(body);
  const paragraph = firstParagraph(lines);
  if (paragraph === undefined) return undefined;
  const text = plainSentence(
    lines
      .slice(paragraph.start, paragraph.end)
      .map((line) => line.text)
      .join('\n'),
  );
  return text === '' ? undefined : text;
}

/**
 * The body with `marker` on its own line after the first paragraph, where Docusaurus ends a post's summary on
 * the blog list; unchanged when nothing follows that paragraph.
 */
export function insertAfterIntroduction(body: string, marker: string): string {
  const lines = markdownLines(body);
  const paragraph = firstParagraph(lines);
  if (paragraph === undefined || lines.slice(paragraph.end).every((line) => isBlank(line.text))) return body;
  const texts = lines.map((line) => line.text);
  return [...texts.slice(0, paragraph.end), '', marker, ...texts.slice(paragraph.end)].join('\n');
}

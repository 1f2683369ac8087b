const HEADER_LIKE = /^ {0,3}\|.*\|/;
const DELIMITER_LIKE = /^[ \t]*[|:-][ \t|:-]*$/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** Cells of a table row: outer pipes dropped, split on unescaped pipes (GFM splits inside code spans too). */
export function tableCells(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  if (row.trim() === '') return [];
  return row.split(/(?<!\\)\|/);
}

function isDelimiterRow(line: string, columns: number): boolean {
  const cells = tableCells(line);
  return cells.length === columns && cells.every((cell) => DELIMITER_CELL.test(cell));
}

function delimiterRowFor(header: string): string {
  const cells = tableCells(header).map(() => ' --- ');
  return header.trim().startsWith('|') ? `|${cells.join('|')}|` : cells.join('|');
}

/**
 * Keeps a table that is still being written from flickering through other shapes: a lone header row waits for
 * its delimiter row (alone it is a paragraph), a half-typed delimiter row is completed from the header (else
 * `a | b` over `-` is a setext heading), and a half-typed body row is left out until it is whole.
 */
export function closeTable(text: string): string {
  const lines = text.split('\n');
  const complete = text.endsWith('\n');
  const last = complete ? lines.length - 2 : lines.length - 1;
  const lastLine = lines[last];
  if (lastLine === undefined || lastLine.trim() === '') return text;
  let first = last;
  while (first > 0 && (lines[first - 1] ?? '').trim() !== '') first--;
  const upTo = (index: number) => (index === 0 ? '' : `${lines.slice(0, index).join('\n')}\n`);

  if (first === last) return HEADER_LIKE.test(lastLine) ? upTo(last) : text;

  const headerIndex = findHeader(lines, first, last);
  if (headerIndex === -1) {
    const header = lines[last - 1] ?? '';
    if (complete || !DELIMITER_LIKE.test(lastLine) || !HEADER_LIKE.test(header)) return text;
    return isDelimiterRow(lastLine, tableCells(header).length) ? text : `${upTo(last)}${delimiterRowFor(header)}`;
  }
  if (complete) return text;
  const header = lines[headerIndex] ?? '';
  const missingClosingPipe = header.trimEnd().endsWith('|') && !lastLine.trimEnd().endsWith('|');
  return tableCells(lastLine).length < tableCells(header).length || missingClosingPipe ? upTo(last) : text;
}

/** Index of the header row of a table whose delimiter row lies within lines (first, last), or -1. */
function findHeader(lines: readonly string[], first: number, last: number): number {
  for (let index = first; index + 1 < last; index++) {
    const header = lines[index] ?? '';
    if (header.includes('|') && isDelimiterRow(lines[index + 1] ?? '', tableCells(header).length)) return index;
  }
  return -1;
}

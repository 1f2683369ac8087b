/** One CSV record and the line it starts on (a quoted field may span lines). */
export type CsvRecord = { line: number; fields: string[] };
export type LineProblem = { line: number; message: string };
export type CsvResult = { records: CsvRecord[]; problems: LineProblem[] };

/**
 * Reads RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, line breaks and `""` for a
 * quote; CRLF, LF or CR line ends; a leading byte-order mark is dropped. Blank lines are skipped. It is
 * lenient where spreadsheets are sloppy (a stray quote inside an unquoted field is kept as text).
 */
export function parseCsv(input: string): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: LineProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    const blank = fields.length === 0 && field === '' && !fieldWasQuoted;
    endField();
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
        }
        continue;
      }
      if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line++;
      field += char;
      continue;
    }
    if (char === '"' && field === '' && !fieldWasQuoted) {
      quoted = true;
      fieldWasQuoted = true;
      quoteLine = line;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) {
    problems.push({
      line: quoteLine,
      message: `A quoted field opened on line ${quoteLine} is never closed: add the closing double quote.`,
    });
  } else {
    endRecord();
  }
  return { records, problems };
}

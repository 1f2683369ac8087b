import type { z } from 'zod';
import { CreateDraftInput, type CreateDraftValues } from '@/lib/drafts/schemas';
import { type LineProblem, parseCsv } from './csv';
import { type BatchOptions, MAX_BATCH_TOPICS } from './schemas';

export type { LineProblem } from './csv';
export type TopicRow = { line: number; values: CreateDraftValues };
export type ParsedTopics = { rows: TopicRow[]; problems: LineProblem[] };

const CSV_COLUMNS = ['topic', 'keywords', 'tone', 'audience', 'length', 'model'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const HEADER_HINT = `The first line must be a header naming the columns, e.g. ${CSV_COLUMNS.join(',')} (only topic is required).`;
// "- topic", "* topic", "1. topic", "2) topic": pasted lists often carry their bullets.
const LIST_MARKER = /^(?:[-*•]|\d{1,3}[.)])\s+/;

function describeIssue(issue: z.core.$ZodIssue, row: Record<string, unknown>): string {
  if (issue.path[0] === 'length') return `Length must be short, standard or long, not "${String(row.length)}".`;
  return issue.message;
}

function validateRow(line: number, row: Record<string, string | undefined>, defaults: BatchOptions): TopicRow | LineProblem {
  const merged = {
    topic: row.topic ?? '',
    keywords: row.keywords || defaults.keywords,
    tone: row.tone || defaults.tone,
    audience: row.audience || defaults.audience,
    length: row.length ? row.length.trim().toLowerCase() : defaults.length,
    language: defaults.language,
    model: row.model?.trim() || defaults.model,
  };
  const parsed = CreateDraftInput.safeParse(merged);
  if (parsed.success) return { line, values: parsed.data };
  return { line, message: parsed.error.issues.map((issue) => describeIssue(issue, merged)).join(' ') };
}

function collect(results: (TopicRow | LineProblem)[], problems: LineProblem[]): ParsedTopics {
  const rows: TopicRow[] = [];
  for (const result of results) {
    if ('values' in result) {
      if (rows.length < MAX_BATCH_TOPICS) rows.push(result);
      else
        problems.push({
          line: result.line,
          message: `A batch holds at most ${MAX_BATCH_TOPICS} topics; this one and the rest were left out.`,
        });
    } else {
      problems.push(result);
    }
  }
  return { rows, problems: problems.sort((a, b) => a.line - b.line) };
}

/** One topic per line; blank lines are skipped, list bullets dropped, the shared options applied to each. */
export function parseTopicList(text: string, defaults: BatchOptions): ParsedTopics {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const results = lines.flatMap((raw, index) => {
    const topic = raw.trim().replace(LIST_MARKER, '');
    return topic === '' ? [] : [validateRow(index + 1, { topic }, defaults)];
  });
  return collect(results, []);
}

/** CSV with a header row; bad rows come back as problems with their line number, good rows are kept. */
export function parseTopicCsv(csv: string, defaults: BatchOptions): ParsedTopics {
  const { records, problems } = parseCsv(csv);
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: problems.length > 0 ? problems : [{ line: 1, message: 'The CSV is empty.' }] };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  if (!names.includes('topic')) return { rows: [], problems: [{ line: header.line, message: HEADER_HINT }, ...problems] };

  const columns = new Map<number, CsvColumn>();
  names.forEach((name, index) => {
    const known = CSV_COLUMNS.find((column) => column === name);
    if (!known) {
      problems.push({
        line: header.line,
        message: `The column "${header.fields[index]}" is not used (the columns are ${CSV_COLUMNS.join(', ')}).`,
      });
    } else if ([...columns.values()].includes(known)) {
      problems.push({ line: header.line, message: `The column "${known}" appears twice; the first one is used.` });
    } else {
      columns.set(index, known);
    }
  });

  const results = body.map(({ line, fields }) => {
    if (fields.length > names.length) {
      return {
        line,
        message: `This row has ${fields.length} fields but the header has ${names.length}: put text containing commas in double quotes.`,
      };
    }
    const row: Partial<Record<CsvColumn, string>> = {};
    fields.forEach((value, index) => {
      const column = columns.get(index);
      if (column) row[column] = value.trim();
    });
    return validateRow(line, row, defaults);
  });
  return collect(results, problems);
}

import { LIMIT_LABELS, MAX_FILE_BYTES } from './limits';
import { parseMarkdownSource } from './markdown-file';
import { baseName, entryKind, entryLabel, sourceLabel } from './source-name';
import type { ImportedDraft, ImportProblem, ImportResult } from './types';
import { fullBudget, type ImportBudget, readZipArchive } from './zip-archive';

export type UploadedFile = { name: string; bytes: Uint8Array };

const LOOSE_FILE_REFUSALS = {
  ignored: 'Not imported: hidden files (names starting with a dot) are left out. Rename it without the dot to import it.',
  other: 'Not imported: only Markdown files (.md, .markdown) and .zip archives of them can be imported.',
} as const;

type Collector = { drafts: ImportedDraft[]; problems: ImportProblem[] };

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function addMarkdown(result: Collector, sourceName: string, fileName: string, bytes: Uint8Array): void {
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    result.problems.push({ sourceName, message: 'Not imported: it is not UTF-8 text. Save it with UTF-8 encoding and upload it again.' });
    return;
  }
  const parsed = parseMarkdownSource({ sourceName, fileName }, text);
  if (parsed.ok) result.drafts.push(parsed.draft);
  else result.problems.push(parsed.problem);
}

// A file uploaded on its own is already in memory: it still counts against the import's allowance.
function addLooseMarkdown(result: Collector, file: UploadedFile, budget: ImportBudget): void {
  const sourceName = sourceLabel(file.name);
  if (file.bytes.length > MAX_FILE_BYTES) {
    result.problems.push({
      sourceName,
      message: `Not imported: it is larger than ${LIMIT_LABELS.fileBytes}. Split it into smaller posts.`,
    });
    return;
  }
  if (budget.files < 1 || budget.bytes < file.bytes.length) {
    const message = `Not imported: this import is already at its limit (${LIMIT_LABELS.importBytes}). Upload this file in another import.`;
    result.problems.push({ sourceName, message });
    return;
  }
  budget.files -= 1;
  budget.bytes -= file.bytes.length;
  addMarkdown(result, sourceName, baseName(file.name), file.bytes);
}

function addArchive(result: Collector, file: UploadedFile, budget: ImportBudget): void {
  const contents = readZipArchive(file.bytes, budget);
  if (!contents.ok) {
    result.problems.push({ sourceName: sourceLabel(file.name), message: contents.message });
    return;
  }
  for (const entry of contents.entries) {
    const sourceName = entryLabel(file.name, entry.path);
    if ('skipped' in entry) result.problems.push({ sourceName, message: entry.skipped });
    else addMarkdown(result, sourceName, baseName(entry.path), entry.bytes);
  }
}

/**
 * Drafts from uploaded `.md`/`.markdown` files and `.zip` archives of them, with a problem for each file left out.
 * Names are only ever labels: nothing is written to disk, so `../` in an entry name leads nowhere.
 */
export function readImportUpload(files: readonly UploadedFile[]): ImportResult {
  const result: Collector = { drafts: [], problems: [] };
  const budget = fullBudget();
  for (const file of files) {
    const kind = entryKind(file.name);
    if (kind === 'markdown') addLooseMarkdown(result, file, budget);
    else if (kind === 'archive') addArchive(result, file, budget);
    else result.problems.push({ sourceName: sourceLabel(file.name), message: LOOSE_FILE_REFUSALS[kind] });
  }
  return result;
}

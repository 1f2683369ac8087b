import 'server-only';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { checkDeadline, type Deadline, deadlineIn } from './deadline';
import type { ReadMapping } from './front-matter';
import { readFrontMatterOffThread } from './front-matter-off-thread';
import { IMPORT_TIME_BUDGET_MS, LIMIT_LABELS, MAX_FILE_BYTES, MAX_IMPORT_FILES } from './limits';
import {
  draftFromFrontMatter,
  fenceOf,
  type MarkdownSource,
  NO_FRONT_MATTER,
  type SplitMarkdown,
  splitMarkdownSource,
} from './markdown-file';
import { baseName, entryKind, entryLabel, sourceLabel } from './source-name';
import type { ImportProblem, ImportResult, ParsedMarkdown } from './types';
import { fullBudget, type ImportBudget, readZipArchive } from './zip-archive';

export type UploadedFile = { name: string; bytes: Uint8Array };

export type ImportOptions = { timeBudgetMs?: number };

const LOOSE_FILE_REFUSALS = {
  ignored: 'Not imported: hidden files (names starting with a dot) are left out. Rename it without the dot to import it.',
  other: 'Not imported: only Markdown files (.md, .markdown) and .zip archives of them can be imported.',
} as const;

/** A file in upload order: Markdown bytes still to read, or why it was left out. */
type Slot = { source: MarkdownSource; bytes: Uint8Array } | { problem: ImportProblem };
type SplitSlot = { source: MarkdownSource; split: SplitMarkdown };

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// A file uploaded on its own is already in memory: it still counts against the import's allowance.
function looseMarkdown(file: UploadedFile, budget: ImportBudget): Slot {
  const sourceName = sourceLabel(file.name);
  if (file.bytes.length > MAX_FILE_BYTES) {
    return { problem: { sourceName, message: `Not imported: it is larger than ${LIMIT_LABELS.fileBytes}. Split it into smaller posts.` } };
  }
  if (budget.files < 1) {
    const message = `Not imported: this import already holds ${MAX_IMPORT_FILES} files, the most one import reads. Upload this file in another import.`;
    return { problem: { sourceName, message } };
  }
  if (budget.bytes < file.bytes.length) {
    const message = `Not imported: this import is already at its limit (${LIMIT_LABELS.importBytes}). Upload this file in another import.`;
    return { problem: { sourceName, message } };
  }
  budget.files -= 1;
  budget.bytes -= file.bytes.length;
  return { source: { sourceName, fileName: baseName(file.name) }, bytes: file.bytes };
}

async function archiveSlots(file: UploadedFile, budget: ImportBudget, deadline: Deadline): Promise<Slot[]> {
  const contents = await readZipArchive(file.bytes, budget, deadline);
  if (!contents.ok) return [{ problem: { sourceName: sourceLabel(file.name), message: contents.message } }];
  return contents.entries.map((entry): Slot => {
    const sourceName = entryLabel(file.name, entry.path);
    if ('skipped' in entry) return { problem: { sourceName, message: entry.skipped } };
    return { source: { sourceName, fileName: baseName(entry.path) }, bytes: entry.bytes };
  });
}

async function collectSlots(files: readonly UploadedFile[], deadline: Deadline): Promise<Slot[]> {
  const budget = fullBudget();
  const slots: Slot[] = [];
  for (const file of files) {
    const kind = entryKind(file.name, 'upload');
    if (kind === 'markdown') slots.push(looseMarkdown(file, budget));
    else if (kind === 'archive') slots.push(...(await archiveSlots(file, budget, deadline)));
    else slots.push({ problem: { sourceName: sourceLabel(file.name), message: LOOSE_FILE_REFUSALS[kind] } });
  }
  return slots;
}

function splitSlot(slot: Slot): SplitSlot | { problem: ImportProblem } {
  if ('problem' in slot) return slot;
  const text = decodeUtf8(slot.bytes);
  if (text === undefined) {
    const message = 'Not imported: it is not UTF-8 text. Save it with UTF-8 encoding and upload it again.';
    return { problem: { sourceName: slot.source.sourceName, message } };
  }
  return { source: slot.source, split: splitMarkdownSource(slot.source, text) };
}

function finish({ source, split }: SplitSlot, reads: Iterator<ReadMapping>): ParsedMarkdown {
  if (!split.ok) return split;
  if (split.frontMatter === undefined) return draftFromFrontMatter(source, NO_FRONT_MATTER, split.body);
  const read = reads.next();
  if (read.done) throw new Error('The front matter worker answered for fewer files than it was given');
  return draftFromFrontMatter(source, read.value, split.body, fenceOf(split.frontMatter));
}

/**
 * Drafts from uploaded `.md`/`.markdown` files and `.zip` archives of them, with a problem for each file left out.
 * Names are only ever labels: nothing is written to disk, so `../` in an entry name leads nowhere.
 * Inflating and front matter (YAML or TOML) run off the request thread and the rest yields between files, so the server keeps answering;
 * past the time budget the import is refused with an `AppError`.
 */
export async function readImportUpload(
  files: readonly UploadedFile[],
  { timeBudgetMs = IMPORT_TIME_BUDGET_MS }: ImportOptions = {},
): Promise<ImportResult> {
  const deadline = deadlineIn(timeBudgetMs);
  const splits: (SplitSlot | { problem: ImportProblem })[] = [];
  for (const slot of await collectSlots(files, deadline)) {
    splits.push(splitSlot(slot));
    await nextTurn();
  }
  const sources = splits.flatMap((slot) =>
    'split' in slot && slot.split.ok && slot.split.frontMatter !== undefined ? [slot.split.frontMatter] : [],
  );
  const reads = (await readFrontMatterOffThread(sources, deadline)).values();

  const result: ImportResult = { drafts: [], problems: [] };
  for (const slot of splits) {
    checkDeadline(deadline);
    const parsed: ParsedMarkdown = 'problem' in slot ? { ok: false, problem: slot.problem } : finish(slot, reads);
    if (parsed.ok) result.drafts.push(parsed.draft);
    else result.problems.push(parsed.problem);
    await nextTurn();
  }
  return result;
}

import { type UnzipFileInfo, unzipSync } from 'fflate';
import { formatMegabytes, LIMIT_LABELS, MAX_ARCHIVE_ENTRIES, MAX_FILE_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from './limits';
import { entryKind } from './source-name';

/** What is left of the import's allowance; each archive and file draws on it before it is unpacked. */
export type ImportBudget = { bytes: number; files: number };

/** An entry in archive order: its unpacked bytes, or why it was left out. */
export type ArchiveEntry = { path: string; bytes: Uint8Array } | { path: string; skipped: string };
export type ArchiveContents = { ok: true; entries: ArchiveEntry[] } | { ok: false; message: string };

const STORED = 0;
const DEFLATED = 8;

class TooManyEntries extends Error {}

export function fullBudget(): ImportBudget {
  return { bytes: MAX_IMPORT_BYTES, files: MAX_IMPORT_FILES };
}

// Only the central directory is read: the filter refuses every entry, so nothing is inflated.
function listEntries(zip: Uint8Array): UnzipFileInfo[] {
  const listed: UnzipFileInfo[] = [];
  unzipSync(zip, {
    filter: (info) => {
      if (listed.length === MAX_ARCHIVE_ENTRIES) throw new TooManyEntries();
      listed.push(info);
      return false;
    },
  });
  return listed;
}

// Deflate never grows data by more than a few bytes per 16 KB block: a bigger compressed size means forged sizes.
function sizesAreForged(info: UnzipFileInfo): boolean {
  if (info.compression === STORED) return info.size !== info.originalSize;
  return info.size > info.originalSize + Math.ceil(info.originalSize / 64) + 1024;
}

/** Why an entry is left out, `null` for packing noise left out silently, `undefined` to unpack it. */
function skipReason(info: UnzipFileInfo): string | null | undefined {
  const kind = entryKind(info.name);
  if (kind === 'ignored') return null;
  if (kind === 'archive') return 'Skipped: archives inside the archive are not opened. Unzip it and upload its Markdown files.';
  if (kind === 'other') return 'Skipped: only Markdown files (.md, .markdown) are imported.';
  if (info.compression !== STORED && info.compression !== DEFLATED) {
    return 'Skipped: it is compressed with a method other than Deflate. Zip it again with your system’s standard zip tool.';
  }
  if (info.originalSize > MAX_FILE_BYTES) return `Skipped: it unpacks to more than ${LIMIT_LABELS.fileBytes}. Split it into smaller posts.`;
  if (sizesAreForged(info)) return 'Skipped: its sizes in the archive do not add up, so the archive is damaged. Zip the files again.';
  return undefined;
}

const DAMAGED = 'Skipped: it could not be unpacked, so the archive is damaged. Zip the files again.';

// One entry per pass, chosen by position: a damaged entry then costs only itself, and same-named entries stay apart.
function unpackEntry(zip: Uint8Array, info: UnzipFileInfo, target: number): ArchiveEntry {
  let position = 0;
  try {
    const bytes = Object.values(unzipSync(zip, { filter: () => position++ === target }))[0];
    return bytes ? { path: info.name, bytes } : { path: info.name, skipped: DAMAGED };
  } catch {
    return { path: info.name, skipped: DAMAGED };
  }
}

/**
 * The Markdown entries of a zip archive, unpacked only after the central directory shows they fit the budget:
 * too many entries, or more unpacked bytes than the budget has left (a zip bomb), refuses the whole archive.
 */
export function readZipArchive(zip: Uint8Array, budget: ImportBudget): ArchiveContents {
  let listed: UnzipFileInfo[];
  try {
    listed = listEntries(zip);
  } catch (error) {
    if (error instanceof TooManyEntries) {
      return {
        ok: false,
        message: `Not imported: the archive lists more than ${MAX_ARCHIVE_ENTRIES} entries. Split it into smaller archives.`,
      };
    }
    return {
      ok: false,
      message: 'Not imported: it is not a readable zip archive. Zip the Markdown files again and upload the new archive.',
    };
  }

  const reasons = listed.map(skipReason);
  const wanted = listed.filter((_info, index) => reasons[index] === undefined);
  const unpackedBytes = wanted.reduce((total, info) => total + info.originalSize, 0);
  if (wanted.length > budget.files) {
    const message = `Not imported: it holds ${wanted.length} Markdown files, more than this import has room for (${MAX_IMPORT_FILES} in all). Split the archive and import the parts one at a time.`;
    return { ok: false, message };
  }
  if (unpackedBytes > budget.bytes) {
    const message = `Not imported: it would unpack to ${formatMegabytes(unpackedBytes)}, more than this import has room for (${LIMIT_LABELS.importBytes} in all). Split the archive and import the parts one at a time.`;
    return { ok: false, message };
  }
  budget.files -= wanted.length;
  budget.bytes -= unpackedBytes;

  const entries = listed.flatMap((info, index): ArchiveEntry[] => {
    const reason = reasons[index];
    if (reason === null) return [];
    if (reason !== undefined) return [{ path: info.name, skipped: reason }];
    return [unpackEntry(zip, info, index)];
  });
  return { ok: true, entries };
}

import 'server-only';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { checkDeadline, type Deadline } from './deadline';
import { formatMegabytes, LIMIT_LABELS, MAX_ARCHIVE_ENTRIES, MAX_FILE_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from './limits';
import { entryKind } from './source-name';
import { readZipDirectory, type ZipDirectory, type ZipEntry } from './zip-directory';

/** What is left of the import's allowance; each archive and file draws on it before it is unpacked. */
export type ImportBudget = { bytes: number; files: number };

/** An entry in archive order: its unpacked bytes, or why it was left out. */
export type ArchiveEntry = { path: string; bytes: Uint8Array } | { path: string; skipped: string };
export type ArchiveContents = { ok: true; entries: ArchiveEntry[] } | { ok: false; message: string };

const STORED = 0;
const DEFLATED = 8;

// zlib's asynchronous inflate runs on libuv's thread pool, not the request thread.
const inflateRawOffThread = promisify(inflateRaw);

const DIRECTORY_REFUSALS: Record<Extract<ZipDirectory, { ok: false }>['reason'], string> = {
  unreadable: 'Not imported: it is not a readable zip archive. Zip the Markdown files again and upload the new archive.',
  'too-many-entries': `Not imported: the archive lists more than ${MAX_ARCHIVE_ENTRIES} entries. Split it into smaller archives.`,
  overlapping:
    'Not imported: several of its entries point at the same bytes, which only crafted archives do. Zip the Markdown files again and upload the new archive.',
};

const DAMAGED = 'Skipped: it could not be unpacked, so the archive is damaged. Zip the files again.';
const LARGER_THAN_STATED = 'Skipped: it unpacks to more than the archive says it holds, so the archive is damaged. Zip the files again.';

export function fullBudget(): ImportBudget {
  return { bytes: MAX_IMPORT_BYTES, files: MAX_IMPORT_FILES };
}

// Deflate never grows data by more than a few bytes per 16 KB block: a bigger compressed size means forged sizes.
function sizesAreForged(entry: ZipEntry): boolean {
  if (entry.compression === STORED) return entry.compressedSize !== entry.originalSize;
  return entry.compressedSize > entry.originalSize + Math.ceil(entry.originalSize / 64) + 1024;
}

/** Why an entry is left out, `null` for packing noise left out silently, `undefined` to unpack it. */
function skipReason(entry: ZipEntry): string | null | undefined {
  const kind = entryKind(entry.name, 'archive');
  if (kind === 'ignored') return null;
  if (kind === 'archive') return 'Skipped: archives inside the archive are not opened. Unzip it and upload its Markdown files.';
  if (kind === 'other') return 'Skipped: only Markdown files (.md, .markdown) are imported.';
  if (entry.compression !== STORED && entry.compression !== DEFLATED) {
    return 'Skipped: it is compressed with a method other than Deflate. Zip it again with your system’s standard zip tool.';
  }
  if (entry.originalSize > MAX_FILE_BYTES) {
    return `Skipped: it unpacks to more than ${LIMIT_LABELS.fileBytes}. Split it into smaller posts.`;
  }
  if (sizesAreForged(entry)) return 'Skipped: its sizes in the archive do not add up, so the archive is damaged. Zip the files again.';
  return undefined;
}

function isOverOutputLimit(error: unknown): boolean {
  return error instanceof RangeError && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE';
}

// Inflating stops as soon as the output passes the size the directory states, which the budget already counted:
// an entry that claims 2 MB and inflates to 2 GB costs 2 MB of work, not 2 GB.
async function unpackEntry(zip: Uint8Array, entry: ZipEntry): Promise<ArchiveEntry> {
  if (entry.dataStart === undefined) return { path: entry.name, skipped: DAMAGED };
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.compression === STORED) return { path: entry.name, bytes: data };
  try {
    const bytes = await inflateRawOffThread(data, { maxOutputLength: Math.max(1, entry.originalSize) });
    return bytes.length === entry.originalSize ? { path: entry.name, bytes } : { path: entry.name, skipped: DAMAGED };
  } catch (error) {
    return { path: entry.name, skipped: isOverOutputLimit(error) ? LARGER_THAN_STATED : DAMAGED };
  }
}

/**
 * The Markdown entries of a zip archive, unpacked only after the central directory shows they fit the budget:
 * too many entries, entries sharing bytes, or more unpacked bytes than the budget has left refuses the whole archive.
 */
export async function readZipArchive(zip: Uint8Array, budget: ImportBudget, deadline: Deadline): Promise<ArchiveContents> {
  const directory = readZipDirectory(zip, MAX_ARCHIVE_ENTRIES);
  if (!directory.ok) return { ok: false, message: DIRECTORY_REFUSALS[directory.reason] };

  const reasons = directory.entries.map(skipReason);
  const wanted = directory.entries.filter((_entry, index) => reasons[index] === undefined);
  const unpackedBytes = wanted.reduce((total, entry) => total + entry.originalSize, 0);
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

  const entries: ArchiveEntry[] = [];
  for (const [index, entry] of directory.entries.entries()) {
    const reason = reasons[index];
    if (reason === null) continue;
    if (reason !== undefined) {
      entries.push({ path: entry.name, skipped: reason });
      continue;
    }
    checkDeadline(deadline);
    entries.push(await unpackEntry(zip, entry));
  }
  return { ok: true, entries };
}

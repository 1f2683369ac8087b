import { strToU8, type Zippable, zipSync } from 'fflate';
import type { ExportFormat } from './format';
import { exportReadme } from './layout';
import type { ExportedFile } from './markdown-file';
import { uniqueFilenames } from './unique-filenames';

// DOS timestamps hold local time fields, which fflate reads with the local getters: a Date whose local fields are the
// UTC ones writes the UTC clock time, so the bytes are the same in every time zone. A file with no date of its own
// gets 2000-01-01.
function mtimeOf(file: ExportedFile): Date {
  const utc = new Date(file.modifiedAt ?? '2000-01-01T00:00:00Z');
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}
const README = 'README.txt';

// A file's own name never adds folders or `..`, so unzipping cannot write outside the layout's folders.
function flatEntryName(filename: string): string {
  return (
    filename
      .replace(/[\\/\p{Cc}]+/gu, '-')
      .replace(/^[\s.-]+/, '')
      .trimEnd() || 'untitled.md'
  );
}

// Our own folder names only: relative, `/`-separated, no `.` or `..` segment.
function safeFolder(folder: string | undefined): string {
  const segments = (folder ?? '').split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  return segments.length === 0 ? '' : `${segments.join('/')}/`;
}

export type ZipLayout = {
  /** Lays files out in each one's `folder` and adds a README.txt for this generator; without it the zip is flat. */
  format?: ExportFormat;
};

/** A zip of the files, names made unique, each dated when its draft last changed: the same bytes for the same input. */
export function buildZip(files: readonly ExportedFile[], { format }: ZipLayout = {}): Uint8Array {
  const entryName = (file: ExportedFile) => (format === undefined ? '' : safeFolder(file.folder)) + flatEntryName(file.filename);
  const names = uniqueFilenames([...(format === undefined ? [] : [README]), ...files.map(entryName)]);
  const entries: Zippable = {};
  // The README is as new as the newest post beside it.
  const newest = new Date(Math.max(...[{ filename: README, content: '' }, ...files].map((file) => mtimeOf(file).getTime())));
  if (format !== undefined) entries[README] = [strToU8(exportReadme(format)), { mtime: newest }];
  const offset = format === undefined ? 0 : 1;
  files.forEach((file, index) => {
    const name = names[index + offset] ?? entryName(file);
    entries[name] = [strToU8(file.content), { mtime: mtimeOf(file) }];
  });
  return zipSync(entries, { level: 6, mtime: newest });
}

import { strToU8, type Zippable, zipSync } from 'fflate';
import type { ExportedFile } from './markdown-file';
import { uniqueFilenames } from './unique-filenames';

// DOS timestamps hold local time fields: built per call in local time, they are the same in every time zone.
const fixedMtime = () => new Date(2000, 0, 1);

// Every entry sits at the top of the archive: no folders, no `..`, so unzipping cannot write elsewhere.
function flatEntryName(filename: string): string {
  return (
    filename
      .replace(/[\\/\p{Cc}]+/gu, '-')
      .replace(/^[\s.-]+/, '')
      .trimEnd() || 'untitled.md'
  );
}

/** A zip of the files, names made unique, byte-for-byte the same for the same input. */
export function buildZip(files: readonly ExportedFile[]): Uint8Array {
  const names = uniqueFilenames(files.map((file) => flatEntryName(file.filename)));
  const mtime = fixedMtime();
  const entries: Zippable = {};
  files.forEach((file, index) => {
    const name = names[index] ?? flatEntryName(file.filename);
    entries[name] = [strToU8(file.content), { mtime }];
  });
  return zipSync(entries, { level: 6, mtime });
}

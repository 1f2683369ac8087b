const MAX_LABEL_LENGTH = 120;
const FALLBACK_LABEL = 'unnamed file';
// Bidirectional overrides can make `evil.exe.md` read as something else in the UI.
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export type EntryKind = 'markdown' | 'archive' | 'ignored' | 'other';
export type EntryPlace = 'upload' | 'archive';

function segments(path: string): string[] {
  return path.split(/[\\/]/);
}

/** The last part of a path, whichever separator the uploader's system used. */
export function baseName(path: string): string {
  return segments(path).at(-1) ?? '';
}

/** A file's name fit to show: base name only, without control or direction characters, of bounded length. */
export function sourceLabel(path: string): string {
  const label = baseName(path).replace(INVISIBLE, '').trim();
  if (label === '') return FALLBACK_LABEL;
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
}

/** The label of an entry inside an uploaded archive. */
export function entryLabel(archiveName: string, entryPath: string): string {
  return `${sourceLabel(archiveName)} › ${sourceLabel(entryPath)}`;
}

// Folders, macOS resource forks (`__MACOSX/`, `._post.md`) and hidden files (`.DS_Store`, `.git/`) are packing noise,
// and so, inside an archive, is the README.txt an export zip carries (lib/export/layout.ts), so our own zips import
// without a problem. A README.txt uploaded on its own is a file the person chose: it is refused with a reason.
function isPackingNoise(path: string, where: EntryPlace): boolean {
  if (/[\\/]$/.test(path) || (where === 'archive' && baseName(path).toLowerCase() === 'readme.txt')) return true;
  return segments(path).some((part) => part === '__MACOSX' || (part.startsWith('.') && part !== '.' && part !== '..'));
}

/** What an uploaded file or archive entry is, judged by its name alone. */
export function entryKind(path: string, where: EntryPlace): EntryKind {
  if (isPackingNoise(path, where) || baseName(path) === '') return 'ignored';
  const name = baseName(path).toLowerCase();
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  return name.endsWith('.zip') ? 'archive' : 'other';
}

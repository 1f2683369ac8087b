const MAX_STEM_LENGTH = 100;
const FALLBACK_STEM = 'untitled';
// Windows refuses these as a file name whatever the extension (`con.md` too).
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** A file name stem safe on Windows, macOS and Linux: lowercase ASCII letters, digits and single dashes. */
export function safeFileStem(slug: string): string {
  const stem = slug
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_STEM_LENGTH)
    .replace(/-+$/, '');
  if (!stem) return FALLBACK_STEM;
  return WINDOWS_RESERVED.test(stem) ? `${stem}-file` : stem;
}

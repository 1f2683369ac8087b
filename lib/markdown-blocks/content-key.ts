// FNV-1a over UTF-16 code units. A collision costs at most a needless re-render: keys also carry an ordinal
// among equal hashes, and the memoised block compares its source text anyway.
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

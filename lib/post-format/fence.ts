export type FenceKind = 'bare' | 'markdown' | 'info';

const FENCE = /^[ \t]{0,3}`{3,}[ \t]*([^`]*?)[ \t]*$/;

/** What kind of code fence a line is: a bare ```, a ```markdown / ```md, another ```lang, or none. */
export function fenceKind(line: string): FenceKind | null {
  const match = FENCE.exec(line);
  if (!match) return null;
  const info = (match[1] ?? '').toLowerCase();
  if (info === '') return 'bare';
  return info === 'markdown' || info === 'md' ? 'markdown' : 'info';
}

/** Whether a line starting like this could still turn out to be a fence. */
export function mayBeFence(lineStart: string): boolean {
  return /^\s*`/.test(lineStart);
}

// Unpaired UTF-16 surrogates survive JSON.parse but not UTF-8 storage: SQLite would keep bytes that read
// back as three U+FFFD. NUL cannot be imported again (lib/import refuses binary data), so it is refused here.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why some string inside a parsed request cannot be stored and read back as sent, naming its field; null
 * when every string is fine.
 */
export function malformedTextProblem(value: unknown): string | null {
  const pending: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const where = next.path ? `${next.path}: ` : '';
    if (typeof next.value === 'string') {
      if (next.value.includes('\0')) return `${where}holds a NUL character (U+0000), which cannot be saved. Remove it and try again.`;
      if (LONE_SURROGATE.test(next.value)) {
        return `${where}holds a broken character (an unpaired UTF-16 surrogate) that cannot be saved. Remove it or paste the text again.`;
      }
    } else if (next.value !== null && typeof next.value === 'object') {
      for (const [key, child] of Object.entries(next.value)) pending.push({ value: child, path: next.path ? `${next.path}.${key}` : key });
    }
  }
  return null;
}

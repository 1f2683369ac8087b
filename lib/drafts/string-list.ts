/**
 * Tags, categories, warnings and stop reasons are JSON columns holding arrays of strings (jsonb on PostgreSQL, JSON
 * text on SQLite). Reads one safely: anything else in it reads as no entries, so one bad row never breaks a page.
 */
export function readStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * A list from a Trash snapshot: the JSON text of one in snapshots taken before the string_lists_as_json migration
 * (the columns were text then), an array since.
 */
export function readSnapshotStringList(value: unknown): string[] {
  if (typeof value !== 'string') return readStringList(value);
  try {
    return readStringList(JSON.parse(value));
  } catch {
    return [];
  }
}

export function sameStringList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

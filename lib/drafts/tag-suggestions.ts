import 'server-only';
import { db } from '@/lib/db/client';
import { readStringList } from './string-list';

/** Every tag in use, most used first (ties alphabetical), for the editor's suggestions. */
export async function listTagSuggestions({ limit = 200 }: { limit?: number } = {}): Promise<string[]> {
  const rows = await db().draft.findMany({ select: { tags: true } });
  const counts = new Map<string, { name: string; count: number }>();
  for (const row of rows) {
    for (const tag of readStringList(row.tags)) {
      const key = tag.toLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { name: tag, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}

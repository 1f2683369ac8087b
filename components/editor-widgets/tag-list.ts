export const MAX_SUGGESTIONS = 8;
export const TAG_MAX_LENGTH = 60;

const key = (tag: string) => tag.trim().toLocaleLowerCase();

export function hasTag(tags: readonly string[], tag: string): boolean {
  const wanted = key(tag);
  return tags.some((existing) => key(existing) === wanted);
}

/** Appends the new, non-empty tags that are not already there (case-insensitively), up to `maxTags`. */
export function addTags(tags: readonly string[], candidates: readonly string[], maxTags = Number.POSITIVE_INFINITY): string[] {
  const next = [...tags];
  for (const candidate of candidates) {
    const tag = candidate.trim().slice(0, TAG_MAX_LENGTH);
    if (tag === '' || next.length >= maxTags || hasTag(next, tag)) continue;
    next.push(tag);
  }
  return next;
}

/** Renames in place; a name another tag already has merges the two, an empty name changes nothing. */
export function renameTag(tags: readonly string[], index: number, name: string): string[] {
  const tag = name.trim().slice(0, TAG_MAX_LENGTH);
  if (tag === '') return [...tags];
  const others = tags.filter((_, position) => position !== index);
  if (hasTag(others, tag)) return others;
  return tags.map((existing, position) => (position === index ? tag : existing));
}

export function filterSuggestions(suggestions: readonly string[], query: string, tags: readonly string[]): string[] {
  const wanted = key(query);
  const matches: string[] = [];
  for (const suggestion of suggestions) {
    if (matches.length >= MAX_SUGGESTIONS) break;
    if (!key(suggestion).includes(wanted) || hasTag(tags, suggestion) || hasTag(matches, suggestion)) continue;
    matches.push(suggestion);
  }
  return matches;
}

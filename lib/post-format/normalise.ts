import { CATEGORIES } from './categories';

const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['**', '**'],
  ['__', '__'],
  ['*', '*'],
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
];

/** A header value without the bold or quotes the model sometimes wraps it in (`"**A title**"` → `A title`). */
export function cleanValue(raw: string): string {
  let value = raw.trim();
  for (let wrapper = findWrapper(value); wrapper; wrapper = findWrapper(value)) {
    value = value.slice(wrapper[0].length, value.length - wrapper[1].length).trim();
  }
  return value;
}

// Only a pair that wraps everything counts: `"Django" vs "Flask"` keeps its quotes.
function findWrapper(value: string): readonly [string, string] | undefined {
  return WRAPPERS.find(([open, close]) => {
    if (value.length < open.length + close.length || !value.startsWith(open) || !value.endsWith(close)) return false;
    const inner = value.slice(open.length, value.length - close.length);
    return !inner.includes(open) && !inner.includes(close);
  });
}

/** The items of a comma- or semicolon-separated header value, each cleaned; a closing period is dropped. */
export function splitList(value: string): string[] {
  return cleanValue(value)
    .replace(/\.\s*$/, '')
    .split(/[,;]/)
    .map(cleanValue)
    .filter((item) => item !== '');
}

/** Tags trimmed (inner spaces collapsed), empty ones dropped, duplicates dropped case-insensitively keeping the first spelling. */
export function normaliseTags(input: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** When two category names are the same one: case, spacing and `&` vs `and` do not count. */
export const categoryKey = (name: string) => name.toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();

const byKey = (list: readonly string[]) => new Map<string, string>(list.map((category) => [categoryKey(category), category]));
const FIXED_BY_KEY = byKey(CATEGORIES);

/**
 * Names matched to the category list (any case, quotes, spacing or `&`), in the list's spelling; the rest reported as
 * unknown. The list is the fixed one unless `known` (the fixed one and an install's own) is given.
 */
export function normaliseCategories(
  input: readonly string[],
  known: readonly string[] = CATEGORIES,
): { categories: string[]; unknown: string[] } {
  const lookup = known === CATEGORIES ? FIXED_BY_KEY : byKey(known);
  const categories: string[] = [];
  const unknown: string[] = [];
  for (const raw of input) {
    const name = cleanValue(raw).replace(/\s+/g, ' ');
    if (name === '') continue;
    const category = lookup.get(categoryKey(name));
    if (category !== undefined) {
      if (!categories.includes(category)) categories.push(category);
    } else if (!unknown.some((other) => categoryKey(other) === categoryKey(name))) {
      unknown.push(name);
    }
  }
  return { categories, unknown };
}

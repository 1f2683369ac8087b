import type { FrontMatterMapping } from './front-matter';
import type { ImportedDraft } from './types';

/** A front matter value of the wrong shape, such as a list where a title belongs. */
export class FrontMatterFieldError extends Error {}

type Status = ImportedDraft['status'];
const STATUSES: readonly Status[] = ['draft', 'review', 'approved'];
const TRUE_WORDS = new Set(['true', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'off']);
// A draft keeps at most 30 tags and 10 categories; a list far past that is not a post's metadata, and matching
// names against each other is quadratic in their number.
const MAX_LIST_NAMES = 100;

function field(mapping: FrontMatterMapping, key: string): unknown {
  return Object.hasOwn(mapping, key) ? mapping[key] : undefined;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return undefined;
}

/** A one-value field as trimmed text; empty when absent or null. */
export function textField(mapping: FrontMatterMapping, key: string): string {
  const value = field(mapping, key);
  if (value === undefined || value === null) return '';
  const text = scalarText(value);
  if (text === undefined) throw new FrontMatterFieldError(`\`${key}\` should be a single line of text, not a list or a mapping`);
  return text.trim();
}

/** A list field: a YAML list, or one comma-separated string as people often write by hand. */
export function listField(mapping: FrontMatterMapping, key: string): string[] {
  const value = field(mapping, key);
  if (value === undefined || value === null) return [];
  const items: unknown[] = typeof value === 'string' ? value.split(',', MAX_LIST_NAMES + 1) : Array.isArray(value) ? value : [value];
  if (items.length > MAX_LIST_NAMES) throw new FrontMatterFieldError(`\`${key}\` lists more than ${MAX_LIST_NAMES} names`);
  return items.flatMap((item: unknown) => {
    if (item === null) return [];
    const text = scalarText(item);
    if (text === undefined) throw new FrontMatterFieldError(`\`${key}\` should be a list of names, each a plain value`);
    return [text];
  });
}

function flagField(mapping: FrontMatterMapping, key: string): boolean | undefined {
  const value = field(mapping, key);
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/**
 * The review state the file claims: plain's `status` first, then Hugo's and Astro's `draft`, then Jekyll's `published`.
 * A file that says nothing is a draft, so nothing imported counts as approved without a person's say.
 */
export function statusField(mapping: FrontMatterMapping): Status {
  const status = field(mapping, 'status');
  const named = typeof status === 'string' ? STATUSES.find((known) => known === status.trim().toLowerCase()) : undefined;
  if (named) return named;
  const draft = flagField(mapping, 'draft');
  if (draft !== undefined) return draft ? 'draft' : 'approved';
  const published = flagField(mapping, 'published');
  if (published !== undefined) return published ? 'approved' : 'draft';
  return 'draft';
}

/** The first of `keys` holding a readable date, as ISO 8601; null when none does. */
export function dateField(mapping: FrontMatterMapping, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = field(mapping, key);
    if (typeof value !== 'string' && !(value instanceof Date)) continue;
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return null;
}

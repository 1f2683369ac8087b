// Shared by the list page and its client filters, so free of zod: reading a URL is in ./read-list-params.
import type { InterruptionGroup } from '@/lib/drafts/codes';
import type { DraftStatus } from '@/lib/drafts/draft';
import type { DraftSort } from '@/lib/drafts/schemas';

/** The list's state as it lives in the URL: every field a plain string, absent when unset. */
export type ListParams = {
  q?: string;
  status?: DraftStatus;
  interruption?: InterruptionGroup;
  tag?: string;
  category?: string;
  /** A person's User id, or `mine`. */
  author?: string;
  sort?: DraftSort;
  cursor?: string;
};

export const STATUS_LABELS: Record<DraftStatus, string> = {
  generating: 'Writing',
  interrupted: 'Interrupted',
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
};

export const SORT_LABELS: Record<DraftSort, string> = {
  created: 'Newest first',
  updated: 'Recently updated',
  title: 'Title (A–Z)',
  score: 'SEO score',
};

const ORDER: readonly (keyof ListParams)[] = ['q', 'status', 'interruption', 'tag', 'category', 'author', 'sort', 'cursor'];

/** `/drafts` with `params`, changes applied; any change to the filters starts again at the first page. */
export function draftsHref(params: ListParams, changes: Partial<Record<keyof ListParams, string | undefined>> = {}): string {
  const next: Partial<Record<keyof ListParams, string | undefined>> = { ...params, ...changes };
  if (!('cursor' in changes)) next.cursor = undefined;
  const search = new URLSearchParams();
  for (const key of ORDER) {
    const value = next[key];
    if (value) search.set(key, value);
  }
  const query = search.toString();
  return query ? `/drafts?${query}` : '/drafts';
}

export function hasFilters(params: ListParams): boolean {
  return Boolean(params.q || params.status || params.interruption || params.tag || params.category || params.author);
}

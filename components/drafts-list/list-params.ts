import type { z } from 'zod';
import type { DraftStatus } from '@/lib/drafts/draft';
import { type DraftSort, ListDraftsQuery } from '@/lib/drafts/schemas';
import type { Category } from '@/lib/post-format';

/** The list's state as it lives in the URL: every field a plain string, absent when unset. */
export type ListParams = {
  q?: string;
  status?: DraftStatus;
  tag?: string;
  category?: Category;
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

const ORDER: readonly (keyof ListParams)[] = ['q', 'status', 'tag', 'category', 'sort', 'cursor'];

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
  return Boolean(params.q || params.status || params.tag || params.category);
}

type RawSearchParams = Record<string, string | string[] | undefined>;

function valid<T>(schema: z.ZodType<T>, value: string | string[] | undefined): T | undefined {
  const parsed = schema.safeParse(typeof value === 'string' ? value : undefined);
  return parsed.success ? parsed.data : undefined;
}

/** The list's params from a page URL; a value that does not validate is dropped instead of failing the page. */
export function readListParams(raw: RawSearchParams): ListParams {
  const { shape } = ListDraftsQuery;
  const sort = valid(shape.sort, raw.sort);
  return {
    q: valid(shape.q, raw.q),
    status: valid(shape.status, raw.status),
    tag: valid(shape.tag, raw.tag),
    category: valid(shape.category, raw.category),
    sort: sort === 'created' ? undefined : sort,
    cursor: valid(shape.cursor, raw.cursor),
  };
}

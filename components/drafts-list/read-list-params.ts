import type { z } from 'zod';
import { ListDraftsQuery } from '@/lib/drafts/schemas';
import type { ListParams } from './list-params';

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
    interruption: valid(shape.interruption, raw.interruption),
    tag: valid(shape.tag, raw.tag),
    category: valid(shape.category, raw.category),
    author: valid(shape.author, raw.author),
    sort: sort === 'created' ? undefined : sort,
    cursor: valid(shape.cursor, raw.cursor),
  };
}

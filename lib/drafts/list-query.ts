import 'server-only';
import { db } from '@/lib/db/client';
import { type Draft as DraftRow, Prisma } from '@/lib/db/generated/client.ts';
import { databaseProvider } from '@/lib/db/location';
import { containsIgnoringCase, containsLiterally, hasLikeWildcards, listHoldsIgnoringCase } from '@/lib/db/portable';
import type { InterruptionGroup } from './codes';
import { DRAFT_STATUSES, type DraftStatus, type DraftSummary } from './draft';
import type { DraftSort, ListDraftsQuery } from './schemas';
import { toDraftSummary } from './serialize';

export type DraftPage = { items: DraftSummary[]; nextCursor: string | null };
/** Drafts per status; the interrupted ones also split into stopped by a person and failed. */
export type StatusCounts = { all: number } & Record<DraftStatus, number> & Record<InterruptionGroup, number>;

// The bodies stay in the database: a page of summaries must not read megabytes of Markdown.
const summaryColumns = { content: false, raw: false } as const;

type SortField = 'createdAt' | 'updatedAt' | 'title' | 'seoScore' | 'id';
type SortKey = { field: SortField; direction: 'asc' | 'desc' };
type CursorRow = Pick<DraftRow, SortField>;

// Every order ends on the unique id, so a cursor row has one place and equal keys never repeat or skip.
const SORT_KEYS: Record<DraftSort, SortKey[]> = {
  created: [
    { field: 'createdAt', direction: 'desc' },
    { field: 'id', direction: 'desc' },
  ],
  updated: [
    { field: 'updatedAt', direction: 'desc' },
    { field: 'id', direction: 'desc' },
  ],
  title: [
    { field: 'title', direction: 'asc' },
    { field: 'id', direction: 'asc' },
  ],
  score: [
    { field: 'seoScore', direction: 'desc' },
    { field: 'createdAt', direction: 'desc' },
    { field: 'id', direction: 'desc' },
  ],
};

function beyond<T>(direction: SortKey['direction'], strict: boolean, value: T) {
  if (direction === 'desc') return strict ? { lt: value } : { lte: value };
  return strict ? { gt: value } : { gte: value };
}

function compare({ field, direction }: SortKey, strict: boolean, row: CursorRow): Prisma.DraftWhereInput {
  switch (field) {
    case 'createdAt':
      return { createdAt: beyond(direction, strict, row.createdAt) };
    case 'updatedAt':
      return { updatedAt: beyond(direction, strict, row.updatedAt) };
    case 'title':
      return { title: beyond(direction, strict, row.title) };
    case 'seoScore':
      return { seoScore: beyond(direction, strict, row.seoScore) };
    case 'id':
      return { id: beyond(direction, strict, row.id) };
  }
}

/**
 * Rows from `row` on, in the order of `keys`, as `k1 <= v1 AND (k1 < v1 OR <the same for the next keys>)`.
 * Prisma's own `cursor` writes this as an OR of subqueries, which SQLite answers by reading and sorting every
 * row before the cursor (60 ms in the middle of 10,000 drafts); this shape walks the sort index from the cursor.
 */
function fromCursor(keys: SortKey[], row: CursorRow): Prisma.DraftWhereInput {
  const [key, ...rest] = keys;
  if (!key) return {};
  if (rest.length === 0) return compare(key, false, row);
  return { AND: [compare(key, false, row), { OR: [compare(key, true, row), fromCursor(rest, row)] }] };
}

function orderByKey({ field, direction }: SortKey): Prisma.DraftOrderByWithRelationInput {
  switch (field) {
    case 'createdAt':
      return { createdAt: direction };
    case 'updatedAt':
      return { updatedAt: direction };
    case 'title':
      return { title: direction };
    case 'seoScore':
      return { seoScore: direction };
    case 'id':
      return { id: direction };
  }
}

type TextColumn = 'title' | 'topic' | 'content';

// A search of words and spaces only is answered by the index alone; anything else in it is also matched as written.
const ONLY_WORDS = /^[\p{L}\p{N} ]+$/u;
const WORD = /[\p{L}\p{N}]/u;
const SEARCH_COLUMNS: TextColumn[] = ['title', 'topic', 'content'];
// Found drafts go to the page query as an id list, a few hundred at a time: SQLite takes at most 999 parameters.
const ID_BATCH = 500;

/** Whether the full-text index answers this search (SQLite, and a word in it); otherwise it is matched as written. */
function usesIndex(term: string): boolean {
  return databaseProvider() === 'sqlite' && WORD.test(term);
}

/** SQL true when a searched column contains `term` as written, ignoring case. */
function containsAsWritten(term: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(
    SEARCH_COLUMNS.map((column) => containsLiterally(column, term)),
    ' OR ',
  )})`;
}

/**
 * The drafts list's search box finds the search's words in a row in the title, topic or body, its last word possibly
 * unfinished (`kube` finds Kubernetes), ignoring case, from the full-text index (the draft_search migration) without
 * reading any body. A search with other characters in it (`50% off`, `my_var`) is also matched as written among the
 * drafts the index found.
 */
function searchIndex(term: string): Prisma.Sql {
  // One FTS5 string: the index splits it into words as it split the text, so no character in it is syntax.
  const phrase = `"${term.replaceAll('"', '""')}"*`;
  // `+rowid`: walk the sort's index and test each row against the found set, stopping at the limit. Without it SQLite
  // starts from the found rows and sorts them, reading each one's sort key past its body (50 ms for 1,000 drafts).
  const found = Prisma.sql`+rowid IN (SELECT rowid FROM "DraftSearch" WHERE "DraftSearch" MATCH ${phrase})`;
  return ONLY_WORDS.test(term) ? found : Prisma.sql`${found} AND ${containsAsWritten(term)}`;
}

/**
 * What Prisma's filters cannot say, in SQL: entries of the tag and category lists, the search index, and text as
 * written (Prisma's `contains` offers no way to escape, so a `%` or `_` typed in a search would match every draft).
 */
function sqlFilters(query: ListDraftsQuery): Prisma.Sql[] {
  const sql: Prisma.Sql[] = [];
  if (query.tag) sql.push(listHoldsIgnoringCase('tags', query.tag));
  if (query.category) sql.push(listHoldsIgnoringCase('categories', query.category));
  if (query.q && usesIndex(query.q)) sql.push(searchIndex(query.q));
  else if (query.q && hasLikeWildcards(query.q)) sql.push(containsAsWritten(query.q));
  return sql;
}

function filters(query: ListDraftsQuery): Prisma.DraftWhereInput[] {
  const and: Prisma.DraftWhereInput[] = [];
  if (query.status) and.push({ status: query.status });
  if (query.author) and.push({ createdById: query.author });
  if (query.interruption === 'stopped') and.push({ status: 'interrupted', interruption: 'stopped' });
  if (query.interruption === 'failed') and.push({ status: 'interrupted', interruption: { not: 'stopped' } });
  // A search left to Prisma (PostgreSQL, no wildcard in it): ILIKE, which the trigram indexes answer.
  const { q } = query;
  if (q && !usesIndex(q) && !hasLikeWildcards(q)) and.push({ OR: SEARCH_COLUMNS.map((column) => ({ [column]: containsIgnoringCase(q) })) });
  return and;
}

/** The ids of the first `limit` drafts that pass the SQL filters, in the list's order. */
async function matchingIds(sql: Prisma.Sql[], keys: SortKey[], limit: number): Promise<string[]> {
  // The fields come from the fixed SORT_KEYS table; only the filters' terms and the limit are parameters.
  const order = Prisma.raw(keys.map(({ field, direction }) => `"${field}" ${direction === 'desc' ? 'DESC' : 'ASC'}`).join(', '));
  const rows = await db().$queryRaw<{ id: string }[]>`SELECT "id" FROM "Draft"
    WHERE ${Prisma.join(sql, ' AND ')} ORDER BY ${order} LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/**
 * One page of drafts without their bodies, in `sort` order (newest created first by default). The cursor is the
 * id of the first draft of the page; one that no longer exists gives an empty page.
 */
export async function listDrafts(query: ListDraftsQuery): Promise<DraftPage> {
  const keys = SORT_KEYS[query.sort ?? 'created'];
  const conditions = filters(query);
  if (query.cursor) {
    const row = await db().draft.findUnique({
      where: { id: query.cursor },
      select: { id: true, createdAt: true, updatedAt: true, title: true, seoScore: true },
    });
    if (!row) return { items: [], nextCursor: null };
    conditions.push(fromCursor(keys, row));
  }
  const page = (where: Prisma.DraftWhereInput[], take: number) =>
    db().draft.findMany({ where: { AND: where }, omit: summaryColumns, orderBy: keys.map(orderByKey), take });
  const sql = sqlFilters(query);
  let rows: Awaited<ReturnType<typeof page>> = [];
  if (sql.length > 0) {
    // The first matching drafts in the list's order, in a window that grows until it holds a page that passes the
    // other filters (usually the first: a page's worth) or holds every matching draft.
    for (let window = query.limit + 1; ; window *= 4) {
      const found = await matchingIds(sql, keys, window);
      rows = [];
      for (let start = 0; start < found.length && rows.length <= query.limit; start += ID_BATCH) {
        const batch = found.slice(start, start + ID_BATCH);
        rows = rows.concat(await page([...conditions, { id: { in: batch } }], query.limit + 1 - rows.length));
      }
      if (rows.length > query.limit || found.length < window) break;
    }
  } else {
    rows = await page(conditions, query.limit + 1);
  }
  const next = rows[query.limit];
  return { items: rows.slice(0, query.limit).map(toDraftSummary), nextCursor: next ? next.id : null };
}

/** How many drafts are in each status, from one grouped query over the status index. */
export async function countDraftsByStatus(): Promise<StatusCounts> {
  const groups = await db().draft.groupBy({ by: ['status', 'interruption'], _count: { _all: true } });
  const counts: StatusCounts = { all: 0, generating: 0, interrupted: 0, draft: 0, review: 0, approved: 0, stopped: 0, failed: 0 };
  for (const group of groups) {
    counts.all += group._count._all;
    const status = DRAFT_STATUSES.find((known) => known === group.status);
    if (status) counts[status] += group._count._all;
    if (status === 'interrupted') counts[group.interruption === 'stopped' ? 'stopped' : 'failed'] += group._count._all;
  }
  return counts;
}

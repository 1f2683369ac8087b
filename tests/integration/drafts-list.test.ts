import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DraftStatus, DraftSummary, Interruption } from '@/lib/drafts/draft';
import type { DraftSort } from '@/lib/drafts/schemas';
import { applyPendingMigrations } from '../../scripts/schema-engine.mjs';

let dir: string;
let db: typeof import('@/lib/db/client').db;
let listQuery: typeof import('@/lib/drafts/list-query');
let bulk: typeof import('@/lib/drafts/bulk');
let listRoute: typeof import('@/app/api/drafts/route');
let bulkRoute: typeof import('@/app/api/drafts/bulk/route');
let exportRoute: typeof import('@/app/api/export/route');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'postsmith-list-'));
  const databaseUrl = `file:${path.join(dir, 'test.db')}`;
  await applyPendingMigrations({ databaseUrl });
  process.env.DATABASE_URL = databaseUrl;
  ({ db } = await import('@/lib/db/client'));
  listQuery = await import('@/lib/drafts/list-query');
  bulk = await import('@/lib/drafts/bulk');
  listRoute = await import('@/app/api/drafts/route');
  bulkRoute = await import('@/app/api/drafts/bulk/route');
  exportRoute = await import('@/app/api/export/route');
});

afterAll(async () => {
  await db?.().$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await db().draft.deleteMany();
});

type Seed = {
  topic?: string;
  title?: string;
  status?: DraftStatus;
  interruption?: Interruption;
  tags?: string[];
  categories?: string[];
  content?: string;
  metaDescription?: string;
  seoScore?: number;
  createdAt?: Date;
  updatedAt?: Date;
};

let seeded = 0;
async function seed(fields: Seed = {}): Promise<string> {
  seeded += 1;
  const row = await db().draft.create({
    data: {
      topic: fields.topic ?? `Topic ${seeded}`,
      title: fields.title ?? `Title ${seeded}`,
      status: fields.status ?? 'draft',
      interruption: fields.interruption ?? null,
      slug: `draft-${seeded}`,
      metaDescription: fields.metaDescription ?? 'A description.',
      tags: fields.tags ?? [],
      categories: fields.categories ?? ['Tutorials'],
      content: fields.content ?? 'Body text.',
      raw: fields.content ?? 'Body text.',
      seoScore: fields.seoScore ?? 0,
      ...(fields.createdAt ? { createdAt: fields.createdAt } : {}),
      ...(fields.updatedAt ? { updatedAt: fields.updatedAt } : {}),
    },
  });
  return row.id;
}

const list = (query: Partial<Parameters<typeof listQuery.listDrafts>[0]> = {}) => listQuery.listDrafts({ limit: 50, ...query });
const ids = (items: DraftSummary[]) => items.map((item) => item.id);

async function allPages(query: { sort?: DraftSort; status?: 'draft' }, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listQuery.listDrafts({ ...query, limit, ...(cursor ? { cursor } : {}) });
    seen.push(...ids(page.items));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe('listDrafts', () => {
  it('filters by status, tag (whole tag, any case) and category, and leaves bodies out', async () => {
    const go = await seed({ tags: ['Go', 'backend'], categories: ['Tutorials', 'Web Development'] });
    const golang = await seed({ tags: ['golang'], status: 'approved' });
    const review = await seed({ status: 'review', categories: ['News'] });

    expect(ids((await list({ status: 'approved' })).items)).toEqual([golang]);
    expect(ids((await list({ tag: 'go' })).items)).toEqual([go]);
    expect(ids((await list({ tag: 'GOLANG' })).items)).toEqual([golang]);
    expect(ids((await list({ category: 'News' })).items)).toEqual([review]);
    expect(ids((await list({ category: 'Tutorials', tag: 'backend' })).items)).toEqual([go]);
    expect((await list({ category: 'Tutorials', status: 'review' })).items).toEqual([]);

    const [item] = (await list()).items;
    expect(item).toBeDefined();
    expect(item).not.toHaveProperty('content');
    expect(item).not.toHaveProperty('raw');
  });

  it('searches title, topic and body, ignoring ASCII case', async () => {
    const inTitle = await seed({ title: 'Kubernetes for beginners' });
    const inTopic = await seed({ topic: 'why kubernetes matters', title: 'Orchestration' });
    const inBody = await seed({ content: 'Deep in the body we mention KUBERNETES once.' });
    await seed({ title: 'Unrelated', content: 'Nothing to see.' });

    expect(new Set(ids((await list({ q: 'kubernetes' })).items))).toEqual(new Set([inTitle, inTopic, inBody]));
    expect(ids((await list({ q: 'mention kubernetes' })).items)).toEqual([inBody]);
    expect((await list({ q: 'absent-word' })).items).toEqual([]);
  });

  it('takes % and _ in a search or tag literally, not as wildcards', async () => {
    const percent = await seed({ title: 'Save 50% on HOSTING', tags: ['snake_case'] });
    const underscore = await seed({ content: 'Name it my_variable.', tags: ['x'] });
    await seed({ title: 'Save 50 dollars on hosting', content: 'my variable', tags: ['snake case', 'y'] });

    expect(ids((await list({ q: '%' })).items)).toEqual([percent]);
    expect(ids((await list({ q: '50% on hosting' })).items)).toEqual([percent]);
    expect(ids((await list({ q: '_' })).items)).toEqual([underscore]);
    expect(ids((await list({ tag: '_' })).items)).toEqual([]);
    expect(ids((await list({ tag: 'SNAKE_CASE' })).items)).toEqual([percent]);
    expect(ids((await list({ q: '_', tag: 'x' })).items)).toEqual([underscore]);
  });

  it('sorts newest created first by default, and by updated, title or score', async () => {
    const base = Date.UTC(2026, 0, 1);
    const a = await seed({ title: 'Banana', seoScore: 40, createdAt: new Date(base), updatedAt: new Date(base + 5_000) });
    const b = await seed({ title: 'apple', seoScore: 90, createdAt: new Date(base + 1_000), updatedAt: new Date(base + 1_000) });
    const c = await seed({ title: 'Cherry', seoScore: 70, createdAt: new Date(base + 2_000), updatedAt: new Date(base + 2_000) });

    expect(ids((await list()).items)).toEqual([c, b, a]);
    expect(ids((await list({ sort: 'created' })).items)).toEqual([c, b, a]);
    expect(ids((await list({ sort: 'updated' })).items)).toEqual([a, c, b]);
    // SQLite compares titles byte by byte: capitals sort before lowercase.
    expect(ids((await list({ sort: 'title' })).items)).toEqual([a, c, b]);
    expect(ids((await list({ sort: 'score' })).items)).toEqual([b, c, a]);
  });

  it('pages through equal sort keys with a cursor, never repeating or skipping a draft', async () => {
    const base = Date.UTC(2026, 1, 1);
    for (let index = 0; index < 23; index++) {
      // Few distinct values per key, so pages break both inside runs of equal keys and between them.
      await seed({
        title: ['Beta', 'Alpha', 'Gamma'][index % 3],
        seoScore: [50, 80, 50, 20][index % 4],
        createdAt: new Date(base + (index % 3) * 1_000),
        updatedAt: new Date(base + (index % 4) * 1_000),
        status: index % 3 === 0 ? 'review' : 'draft',
      });
    }
    for (const sort of ['created', 'updated', 'title', 'score'] as const) {
      const whole = ids((await listQuery.listDrafts({ sort, limit: 100 })).items);
      expect(whole).toHaveLength(23);
      for (const limit of [1, 4, 7, 22, 23]) {
        expect(await allPages({ sort }, limit), `${sort} by ${limit}`).toEqual(whole);
      }
    }
    const drafts = await allPages({ status: 'draft' }, 5);
    expect(drafts).toEqual(ids((await list({ status: 'draft' })).items));
    expect(drafts).toHaveLength(15);
  });

  it('answers a cursor whose draft is gone with an empty page', async () => {
    await seed();
    expect(await list({ cursor: 'no-such-draft' })).toEqual({ items: [], nextCursor: null });
  });

  it('counts drafts per status, the interrupted ones split into stopped and failed', async () => {
    await seed({ status: 'draft' });
    await seed({ status: 'draft' });
    await seed({ status: 'approved' });
    await seed({ status: 'generating' });
    await seed({ status: 'interrupted', interruption: 'stopped' });
    await seed({ status: 'interrupted', interruption: 'api_refused' });
    await seed({ status: 'interrupted', interruption: 'server_stopped' });
    expect(await listQuery.countDraftsByStatus()).toEqual({
      all: 7,
      generating: 1,
      interrupted: 3,
      draft: 2,
      review: 0,
      approved: 1,
      stopped: 1,
      failed: 2,
    });
  });

  it('lists the drafts a person stopped apart from those that failed', async () => {
    const stopped = await seed({ status: 'interrupted', interruption: 'stopped' });
    const refused = await seed({ status: 'interrupted', interruption: 'api_refused' });
    const cut = await seed({ status: 'interrupted', interruption: 'server_stopped' });
    await seed({ status: 'draft' });
    expect(ids((await list({ status: 'interrupted', interruption: 'stopped' })).items)).toEqual([stopped]);
    expect(ids((await list({ interruption: 'failed' })).items).sort()).toEqual([refused, cut].sort());
  });
});

const BASE = 'http://localhost:3000';
const context = { params: Promise.resolve({}) };
const post = (body: unknown, headers: Record<string, string> = {}) =>
  bulkRoute.POST(
    new Request(`${BASE}/api/drafts/bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost:3000', ...headers },
      body: JSON.stringify(body),
    }),
    context,
  );

describe('bulk actions', () => {
  it('approves the ready drafts and says why the others could not be', async () => {
    const ready = await seed({ status: 'review' });
    const noMeta = await seed({ metaDescription: '' });
    const nothing = await seed({ metaDescription: ' ', categories: [] });
    const writing = await seed({ status: 'generating' });
    const before = await db().draft.findUniqueOrThrow({ where: { id: ready } });

    const response = await post({ ids: [ready, noMeta, nothing, writing, 'missing-id'], action: 'approve' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as Awaited<ReturnType<typeof bulk.applyBulkAction>>;
    expect(result.done).toEqual([ready]);
    expect(result.failed).toEqual([
      { id: noMeta, message: 'needs a meta description' },
      { id: nothing, message: 'needs a meta description and at least one category' },
      { id: writing, message: expect.stringMatching(/still being written/) },
      { id: 'missing-id', message: 'no longer exists' },
    ]);

    const approved = await db().draft.findUniqueOrThrow({ where: { id: ready } });
    expect(approved.status).toBe('approved');
    expect(approved.version).toBe(before.version + 1);
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect((await db().draft.findUniqueOrThrow({ where: { id: noMeta } })).status).toBe('draft');

    const again = await bulk.applyBulkAction({ ids: [ready], action: 'approve' });
    expect(again).toEqual({ done: [ready], failed: [] });
    expect((await db().draft.findUniqueOrThrow({ where: { id: ready } })).version).toBe(before.version + 1);

    const moved = await bulk.applyBulkAction({ ids: [ready, noMeta], action: 'review' });
    expect(moved).toEqual({ done: [ready, noMeta], failed: [] });
    const reviewed = await db().draft.findUniqueOrThrow({ where: { id: ready } });
    expect(reviewed.status).toBe('review');
    expect(reviewed.approvedAt).toBeNull();
    expect(reviewed.version).toBe(before.version + 2);
    // Each move is in the draft's history, as one made in the editor: the status before it, newest first.
    const history = await db().revision.findMany({ where: { draftId: ready }, orderBy: { version: 'desc' } });
    expect(history.map(({ version, status }) => [version, status])).toEqual([
      [before.version + 1, 'approved'],
      [before.version, 'review'],
    ]);
  });

  it('deletes the selected drafts but not one being written', async () => {
    const first = await seed();
    const second = await seed();
    const writing = await seed({ status: 'generating' });
    const kept = await seed();

    const result = await bulk.applyBulkAction({ ids: [first, second, writing], action: 'delete' });
    expect(result.done).toEqual([first, second]);
    expect(result.failed.map((failure) => failure.id)).toEqual([writing]);
    expect(new Set(ids((await list()).items))).toEqual(new Set([writing, kept]));
  });

  it('refuses bad input, other origins and non-JSON bodies in the contract shape', async () => {
    const empty = await post({ ids: [], action: 'approve' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    expect((await post({ ids: ['x'], action: 'publish' })).status).toBe(400);
    expect((await post({ ids: Array.from({ length: 501 }, (_, index) => `id-${index}`), action: 'delete' })).status).toBe(400);
    expect((await post({ ids: ['x'], action: 'delete' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ ids: ['x'], action: 'delete' }, { 'content-type': 'text/plain' })).status).toBe(415);
  });
});

describe('GET /api/drafts and /api/export by id', () => {
  it('passes sort and filters through, ignoring blank form fields, and refuses an unknown sort', async () => {
    const low = await seed({ seoScore: 10 });
    const high = await seed({ seoScore: 95 });
    const get = (query: string) => listRoute.GET(new Request(`${BASE}/api/drafts?${query}`), context);

    const sorted = (await (await get('sort=score&q=&tag=&status=')).json()) as { items: DraftSummary[]; nextCursor: string | null };
    expect(ids(sorted.items)).toEqual([high, low]);
    expect(sorted.nextCursor).toBeNull();

    const paged = (await (await get('limit=1')).json()) as { items: DraftSummary[]; nextCursor: string | null };
    expect(ids(paged.items)).toEqual([high]);
    expect(paged.nextCursor).toBe(low);

    const bad = await get('sort=random');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
  });

  it('zips exactly the selected drafts, leaving out one being written', async () => {
    const first = await seed({ title: 'First pick' });
    const second = await seed({ title: 'Second pick' });
    await seed({ title: 'Not picked' });
    const writing = await seed({ title: 'Still writing', status: 'generating' });
    await db().draft.update({ where: { id: first }, data: { slug: 'first-pick' } });
    await db().draft.update({ where: { id: second }, data: { slug: 'second-pick' } });

    const response = await exportRoute.GET(new Request(`${BASE}/api/export?ids=${first},${second},${writing}&format=jekyll`), context);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain('postsmith-selected-jekyll.zip');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const posts = Object.keys(entries).filter((name) => name !== 'README.txt');
    expect(posts.sort()).toEqual([
      expect.stringMatching(/^_posts\/.*first-pick\.md$/),
      expect.stringMatching(/^_posts\/.*second-pick\.md$/),
    ]);
    expect(strFromU8(entries[posts[0] ?? ''] ?? new Uint8Array())).toContain('title:');

    const none = await exportRoute.GET(new Request(`${BASE}/api/export?ids=${writing},gone`), context);
    expect(none.status).toBe(404);
    const tooMany = Array.from({ length: 501 }, (_, index) => `id${index}`).join(',');
    expect((await exportRoute.GET(new Request(`${BASE}/api/export?ids=${tooMany}`), context)).status).toBe(400);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPendingMigrations } from '../../scripts/schema-engine.mjs';
import { freshDatabase, type TestDatabase } from './generation/harness';

// The drafts list's search box on both databases: SQLite answers from its full-text index, PostgreSQL from
// trigram indexes; what a person finds is the same.
let database: TestDatabase;
let db: typeof import('@/lib/db/client').db;
let listQuery: typeof import('@/lib/drafts/list-query');

beforeAll(async () => {
  database = await freshDatabase();
  await applyPendingMigrations({ databaseUrl: database.url });
  process.env.DATABASE_URL = database.url;
  ({ db } = await import('@/lib/db/client'));
  listQuery = await import('@/lib/drafts/list-query');
});

afterAll(async () => {
  await db?.().$disconnect();
  await database?.drop();
});

beforeEach(async () => {
  await db().draft.deleteMany();
});

let seeded = 0;
async function seed(fields: { title?: string; topic?: string; content?: string; tags?: string[]; categories?: string[] }): Promise<string> {
  seeded += 1;
  const content = fields.content ?? 'Body text.';
  const row = await db().draft.create({
    data: {
      topic: fields.topic ?? `Topic ${seeded}`,
      title: fields.title ?? `Title ${seeded}`,
      status: 'draft',
      slug: `search-${seeded}`,
      tags: fields.tags ?? [],
      categories: fields.categories ?? [],
      content,
      raw: content,
    },
  });
  return row.id;
}

async function found(q: string): Promise<Set<string>> {
  const page = await listQuery.listDrafts({ limit: 50, q });
  return new Set(page.items.map((item) => item.id));
}

type ListQuery = Partial<Parameters<typeof listQuery.listDrafts>[0]>;

/** `count` drafts a minute apart, the last one newest, titled `<title> <index>`. */
async function seedMany(count: number, title: string, tags: (index: number) => string[] = () => []): Promise<void> {
  await db().draft.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      topic: `Topic ${index}`,
      title: `${title} ${index}`,
      status: 'draft' as const,
      slug: `${title.toLowerCase().replaceAll(' ', '-')}-${index}`,
      tags: tags(index),
      content: 'Body text.',
      raw: 'Body text.',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
    })),
  });
}

/** The titles on every page of the list, following its cursor, 100 a page. */
async function allTitles(query: ListQuery): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await listQuery.listDrafts({ limit: 100, ...query, ...(cursor ? { cursor } : {}) });
    seen.push(...page.items.map((item) => item.title));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return seen;
}

describe('searching the drafts', () => {
  it('finds words in title, topic or body by their start, ignoring case, and phrases as written', async () => {
    const inBody = await seed({ content: 'Containers ship faster with Kubernetes operators.' });
    const inTitle = await seed({ title: 'Operators and CONTAINERS' });
    const inTopic = await seed({ topic: 'why kubernetes matters' });
    await seed({ title: 'Unrelated', content: 'Nothing to see here.' });

    expect(await found('kubernetes')).toEqual(new Set([inBody, inTopic]));
    expect(await found('KUBE')).toEqual(new Set([inBody, inTopic]));
    expect(await found('container')).toEqual(new Set([inBody, inTitle]));
    expect(await found('with kubernetes op')).toEqual(new Set([inBody]));
    expect(await found('kubernetes with')).toEqual(new Set());
    expect(await found('zebracorn')).toEqual(new Set());
  });

  it('takes %, _ and quotes in a search as written', async () => {
    const percent = await seed({ title: 'Save 50% on hosting' });
    const underscore = await seed({ content: 'Name it my_variable, then "quote" it.' });
    await seed({ title: 'Save 50 dollars on hosting', content: 'my variable, then quote it' });

    expect(await found('%')).toEqual(new Set([percent]));
    expect(await found('50% on')).toEqual(new Set([percent]));
    expect(await found('my_var')).toEqual(new Set([underscore]));
    expect(await found('"quote"')).toEqual(new Set([underscore]));
  });

  it('follows drafts as they are edited and deleted', async () => {
    const draft = await seed({ content: 'All about Kubernetes.' });

    await db().draft.update({ where: { id: draft }, data: { content: 'Now about Nomad.' } });
    expect(await found('kubernetes')).toEqual(new Set());
    expect(await found('nomad')).toEqual(new Set([draft]));

    await db().draft.update({ where: { id: draft }, data: { title: 'Scheduling' } });
    expect(await found('schedul')).toEqual(new Set([draft]));

    await db().draft.delete({ where: { id: draft } });
    expect(await found('nomad')).toEqual(new Set());
  });

  it('pages through a word found in more drafts than one query can name', async () => {
    await seedMany(1_100, 'Common ground');
    const seen = await allTitles({ q: 'common' });
    expect(seen).toHaveLength(1_100);
    expect(seen.slice(0, 2)).toEqual(['Common ground 1099', 'Common ground 1098']);
    expect(new Set(seen).size).toBe(1_100);
  });
});

describe('filtering the drafts by tag and category', () => {
  const listed = async (query: ListQuery) => new Set((await listQuery.listDrafts({ limit: 50, ...query })).items.map((item) => item.id));

  it('finds whole entries, ignoring case, with quotes, backslashes and wildcards taken as written', async () => {
    const go = await seed({ tags: ['Go', 'backend'], categories: ['Tutorials', 'Programming and Coding'] });
    const golang = await seed({ tags: ['golang'], categories: ['News'] });
    const quoted = await seed({ title: 'Kubernetes notes', tags: ['say "hi"', 'C:\\Temp', '50%_off'] });

    expect(await listed({ tag: 'GO' })).toEqual(new Set([go]));
    expect(await listed({ tag: 'lang' })).toEqual(new Set());
    expect(await listed({ category: 'Programming and Coding' })).toEqual(new Set([go]));
    expect(await listed({ category: 'News', tag: 'GoLang' })).toEqual(new Set([golang]));
    expect(await listed({ category: 'Tutorials', tag: 'golang' })).toEqual(new Set());
    expect(await listed({ tag: 'Say "HI"' })).toEqual(new Set([quoted]));
    expect(await listed({ tag: 'c:\\temp' })).toEqual(new Set([quoted]));
    expect(await listed({ tag: '50%_OFF' })).toEqual(new Set([quoted]));
    expect(await listed({ tag: '%' })).toEqual(new Set());
    expect(await listed({ tag: '50%_off', q: 'kube' })).toEqual(new Set([quoted]));
    expect(await listed({ tag: 'golang', q: 'kube' })).toEqual(new Set());
  });

  it('pages through a tag carried by more drafts than one query can name', async () => {
    await seedMany(1_100, 'Tagged', (index) => (index % 2 === 0 ? ['Even', 'shared'] : ['shared']));
    const seen = await allTitles({ tag: 'even' });
    expect(seen).toHaveLength(550);
    expect(seen.slice(0, 2)).toEqual(['Tagged 1098', 'Tagged 1096']);
    expect((await listQuery.listDrafts({ limit: 100, tag: 'shared' })).items).toHaveLength(100);
  });
});

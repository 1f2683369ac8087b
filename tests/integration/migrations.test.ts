import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { DraftSummary } from '@/lib/drafts/draft';
import { applyPendingMigrations, diffDatabaseToSchema, diffMigrationsToSchema, migrationsDir } from '../../scripts/schema-engine.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-migrations-'));
const databaseUrl = `file:${path.join(dir, 'fresh.db')}`;
const folders = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prisma/migrations', () => {
  it('describe exactly prisma/schema.prisma (no migration is missing)', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });

  it('apply to an empty database, leave no drift, and record themselves as the Prisma CLI does', async () => {
    expect(await applyPendingMigrations({ databaseUrl })).toEqual(folders);
    expect(await diffDatabaseToSchema({ databaseUrl })).toBe('');

    const sqlite = new Database(path.join(dir, 'fresh.db'), { readonly: true });
    const rows = sqlite.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name').all() as {
      migration_name: string;
      checksum: string;
      finished_at: string | null;
    }[];
    sqlite.close();
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it('apply nothing the second time', async () => {
    expect(await applyPendingMigrations({ databaseUrl })).toEqual([]);
  });

  it('report drift when the database was changed by hand', async () => {
    const sqlite = new Database(path.join(dir, 'fresh.db'));
    sqlite.exec('ALTER TABLE "Draft" ADD COLUMN "handAdded" TEXT');
    sqlite.close();
    // SQLite cannot drop a column in place: the fix is a table rebuild without it.
    expect(await diffDatabaseToSchema({ databaseUrl })).toContain('CREATE TABLE "new_Draft"');
  });
});

describe('the string lists migration on SQLite', () => {
  it('keeps every list, makes bad ones empty, refuses text that is not JSON, and keeps the search finding drafts from before and after', async () => {
    const file = path.join(dir, 'lists.db');
    const target = folders.findIndex((folder) => folder.endsWith('_string_lists_as_json'));
    if (target < 0) throw new Error('The string lists migration is missing from prisma/migrations.');
    const sql = (folder: string) => readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8');
    const sqlite = new Database(file);
    for (const folder of folders.slice(0, target)) sqlite.exec(sql(folder));
    sqlite.exec(`INSERT INTO "Draft" ("id", "topic", "slug", "title", "tags", "categories", "warnings", "stopReasons", "updatedAt") VALUES
        ('kept', 'Containers', 'kept', 'Kubernetes before', '["Go","say \\"hi\\""]', '["Tutorials"]', '["Check the intro."]', '["max_tokens","end_turn"]', 0),
        ('broken', 'Broken lists', 'broken', 'Broken', 'not json', '{"a":1}', '', '["end_turn"]', 0);
      INSERT INTO "Revision" ("id", "draftId", "version", "reason", "title", "metaDescription", "slug", "tags", "categories", "content")
        VALUES ('r1', 'kept', 1, 'edit', 'Older', '', 'kept', '["Old tag"]', '["News"]', 'Older body');`);
    for (const folder of folders.slice(target)) sqlite.exec(sql(folder));
    // Prisma could not read the row back: the database refuses it.
    expect(() => sqlite.exec(`UPDATE "Draft" SET "tags" = 'oops' WHERE "id" = 'kept'`)).toThrow(/CHECK constraint failed/);
    sqlite.close();

    process.env.DATABASE_URL = `file:${file}`;
    const { db } = await import('@/lib/db/client');
    const drafts = await import('@/lib/drafts');
    const { listDrafts } = await import('@/lib/drafts/list-query');
    const ids = (items: DraftSummary[]) => items.map((item) => item.id).sort();
    try {
      expect(await drafts.getDraft({ id: 'kept' })).toMatchObject({
        tags: ['Go', 'say "hi"'],
        categories: ['Tutorials'],
        warnings: ['Check the intro.'],
        generation: { stopReasons: ['max_tokens', 'end_turn'] },
      });
      expect(await drafts.getDraft({ id: 'broken' })).toMatchObject({
        tags: [],
        categories: [],
        warnings: [],
        generation: { stopReasons: ['end_turn'] },
      });
      expect(await drafts.listRevisions({ draftId: 'kept' })).toMatchObject([{ tags: ['Old tag'], categories: ['News'] }]);

      const after = await db().draft.create({ data: { topic: 'Orchestration', slug: 'after', title: 'Kubernetes after', tags: ['go'] } });
      expect(ids((await listDrafts({ limit: 10, q: 'kubernetes' })).items)).toEqual([after.id, 'kept'].sort());
      expect(ids((await listDrafts({ limit: 10, q: 'contain' })).items)).toEqual(['kept']);
      expect(ids((await listDrafts({ limit: 10, tag: 'GO' })).items)).toEqual([after.id, 'kept'].sort());
      await db().draft.update({ where: { id: 'kept' }, data: { title: 'Nomad now' } });
      expect(ids((await listDrafts({ limit: 10, q: 'kubernetes' })).items)).toEqual([after.id]);
      expect(ids((await listDrafts({ limit: 10, q: 'nomad' })).items)).toEqual(['kept']);
    } finally {
      await db().$disconnect();
    }
  });
});

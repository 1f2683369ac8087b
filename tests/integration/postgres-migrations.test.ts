import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  applyPendingMigrations,
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  postgresMigrationsDir,
  withDatabaseName,
} from '../../scripts/schema-engine.mjs';
import { freshDatabase, type TestDatabase } from './generation/harness';

const folders = readdirSync(postgresMigrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let database: TestDatabase;
const created: string[] = [];

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.drop();
  for (const name of created) await query(inject('postgresServerUrl'), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('prisma/postgresql/migrations', () => {
  it('describe exactly prisma/postgresql/schema.prisma (no migration is missing)', async () => {
    expect(await diffMigrationsToSchema({ provider: 'postgresql', shadowServerUrl: inject('postgresServerUrl') })).toBe('');
  });

  it('apply to an empty database, leave no drift, and record themselves as the Prisma CLI does', async () => {
    expect(await applyPendingMigrations({ databaseUrl: database.url })).toEqual(folders);
    expect(await diffDatabaseToSchema({ databaseUrl: database.url })).toBe('');

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      database.url,
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = readFileSync(path.join(postgresMigrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it('apply nothing the second time', async () => {
    expect(await applyPendingMigrations({ databaseUrl: database.url })).toEqual([]);
  });

  it('report drift when the database was changed by hand', async () => {
    await query(database.url, 'ALTER TABLE "Draft" ADD COLUMN "handAdded" TEXT');
    expect(await diffDatabaseToSchema({ databaseUrl: database.url })).toContain('DROP COLUMN "handAdded"');
  });

  it('apply into the schema that ?schema= names, as the app then reads it', async () => {
    const url = `${database.url}?schema=tenant_a`;
    expect(await applyPendingMigrations({ databaseUrl: url })).toEqual(folders);
    expect(await diffDatabaseToSchema({ databaseUrl: url })).toBe('');
    const tables = await query<{ table_name: string }>(
      database.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'tenant_a' ORDER BY table_name",
    );
    expect(tables.map((row) => row.table_name)).toEqual([
      'AccessLink',
      'Account',
      'ApiToken',
      'AppSecret',
      'Batch',
      'BatchJob',
      'CustomCategory',
      'Draft',
      'DraftTextChunk',
      'GenerationLease',
      'Publication',
      'PublishConnection',
      'RateLimitHit',
      'Revision',
      'Session',
      'TrashedDraft',
      'User',
      'Verification',
      '_prisma_migrations',
    ]);
  });

  it('create a database that does not exist yet, and apply once when two instances start at the same moment', async () => {
    const name = `postsmith_test_missing_${process.pid}_${Date.now()}`;
    created.push(name);
    const url = withDatabaseName(inject('postgresServerUrl'), name);
    await applyPendingMigrations({ databaseUrl: url });
    // Empty again, enum types included, so both instances find every migration pending.
    await query(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');

    const [first, second] = await Promise.all([applyPendingMigrations({ databaseUrl: url }), applyPendingMigrations({ databaseUrl: url })]);
    expect([...(first ?? []), ...(second ?? [])].sort()).toEqual(folders);
    expect(await diffDatabaseToSchema({ databaseUrl: url })).toBe('');
  });
});

/** A database of its own with the migrations before `name` applied; `apply` then runs that one. */
async function justBefore(name: string): Promise<{ url: string; apply: () => Promise<unknown> }> {
  const database = `postsmith_test_${name}_${process.pid}_${Date.now()}`;
  created.push(database);
  await query(inject('postgresServerUrl'), `CREATE DATABASE "${database}"`);
  const url = withDatabaseName(inject('postgresServerUrl'), database);
  const target = folders.findIndex((folder) => folder.endsWith(`_${name}`));
  const migration = folders[target];
  if (!migration) throw new Error(`The ${name} migration is missing from prisma/postgresql/migrations.`);
  const sql = (folder: string) => readFileSync(path.join(postgresMigrationsDir, folder, 'migration.sql'), 'utf8');
  for (const folder of folders.slice(0, target)) await query(url, sql(folder));
  return { url, apply: () => query(url, sql(migration)) };
}

describe('the state codes migration on PostgreSQL', () => {
  it('keeps every draft, revision and job state when the columns become enums', async () => {
    const { url, apply } = await justBefore('state_codes_as_enums');
    await query(
      url,
      `INSERT INTO "Draft" ("id", "topic", "slug", "status", "interruption", "length", "updatedAt") VALUES
         ('d1', 'One', 'one', 'review', NULL, 'long', now()), ('d2', 'Two', 'two', 'interrupted', 'stopped', 'short', now());
       INSERT INTO "Revision" ("id", "draftId", "version", "reason", "title", "metaDescription", "slug", "tags", "categories", "content")
         VALUES ('r1', 'd1', 1, 'restore', '', '', 'one', '[]', '[]', '');
       INSERT INTO "Batch" ("id", "name") VALUES ('b1', 'Batch');
       INSERT INTO "BatchJob" ("id", "batchId", "position", "topic", "status", "length") VALUES ('j1', 'b1', 0, 'One', 'cancelled', 'long');`,
    );

    await apply();

    expect(await query(url, 'SELECT "id", "status"::text, "interruption"::text, "length"::text FROM "Draft" ORDER BY "id"')).toEqual([
      { id: 'd1', status: 'review', interruption: null, length: 'long' },
      { id: 'd2', status: 'interrupted', interruption: 'stopped', length: 'short' },
    ]);
    expect(await query(url, 'SELECT "reason"::text FROM "Revision"')).toEqual([{ reason: 'restore' }]);
    expect(await query(url, 'SELECT "status"::text, "length"::text FROM "BatchJob"')).toEqual([{ status: 'cancelled', length: 'long' }]);
    await expect(query(url, `UPDATE "Draft" SET "status" = 'finished' WHERE "id" = 'd1'`)).rejects.toThrow(/invalid input value for enum/);
  });
});

describe('the string lists migration on PostgreSQL', () => {
  it('converts every stored list to jsonb, makes bad ones empty, and defaults new rows to an empty list', async () => {
    const { url, apply } = await justBefore('string_lists_as_json');
    await query(
      url,
      `INSERT INTO "Draft" ("id", "topic", "slug", "tags", "categories", "warnings", "stopReasons", "updatedAt") VALUES
         ('kept', 'One', 'one', '["Go","say \\"hi\\""]', '["Tutorials"]', '["Check the intro."]', '["max_tokens","end_turn"]', now()),
         ('broken', 'Two', 'two', 'not json', '{"a":1}', '', '["end_turn"]', now());
       INSERT INTO "Revision" ("id", "draftId", "version", "reason", "title", "metaDescription", "slug", "tags", "categories", "content")
         VALUES ('r1', 'kept', 1, 'edit', '', '', 'one', '["Old tag"]', '["News"]', '');`,
    );

    await apply();

    expect(await query(url, 'SELECT "id", "tags", "categories", "warnings", "stopReasons" FROM "Draft" ORDER BY "id"')).toEqual([
      { id: 'broken', tags: [], categories: [], warnings: [], stopReasons: ['end_turn'] },
      {
        id: 'kept',
        tags: ['Go', 'say "hi"'],
        categories: ['Tutorials'],
        warnings: ['Check the intro.'],
        stopReasons: ['max_tokens', 'end_turn'],
      },
    ]);
    expect(await query(url, 'SELECT "tags", "categories" FROM "Revision"')).toEqual([{ tags: ['Old tag'], categories: ['News'] }]);
    await query(url, `INSERT INTO "Draft" ("id", "topic", "slug", "updatedAt") VALUES ('new', 'Three', 'three', now())`);
    expect(await query(url, `SELECT jsonb_typeof("tags") AS "type", "tags" FROM "Draft" WHERE "id" = 'new'`)).toEqual([
      { type: 'array', tags: [] },
    ]);
    expect(await query(url, `SELECT "proname" FROM "pg_proc" WHERE "proname" = 'postsmith_string_list'`)).toEqual([]);
  });
});

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
      'Batch',
      'BatchJob',
      'Draft',
      'DraftTextChunk',
      'GenerationLease',
      'Revision',
      '_prisma_migrations',
    ]);
  });

  it('create a database that does not exist yet, and apply once when two instances start at the same moment', async () => {
    const name = `postsmith_test_missing_${process.pid}_${Date.now()}`;
    created.push(name);
    const url = withDatabaseName(inject('postgresServerUrl'), name);
    await applyPendingMigrations({ databaseUrl: url });
    await query(url, 'DROP TABLE "_prisma_migrations", "GenerationLease", "DraftTextChunk", "Revision", "BatchJob", "Batch", "Draft"');

    const [first, second] = await Promise.all([applyPendingMigrations({ databaseUrl: url }), applyPendingMigrations({ databaseUrl: url })]);
    expect([...(first ?? []), ...(second ?? [])].sort()).toEqual(folders);
    expect(await diffDatabaseToSchema({ databaseUrl: url })).toBe('');
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
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

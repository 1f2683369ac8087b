// Applies pending migrations to the database DATABASE_URL names: a SQLite file (default ./data/app.db, from
// prisma/migrations) or a PostgreSQL database (from prisma/postgresql/migrations; created when missing).
import './preflight.mjs';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { applyPendingMigrations, databaseFilePath, databaseProvider, defaultDatabaseUrl, redactedUrl } from './schema-engine.mjs';

// SQLite needs to write the file and, for its journal, the folder; without this the schema engine only says
// "disk I/O error".
function assertWritable(file) {
  if (file === ':memory:') return;
  const folder = path.dirname(file);
  for (const [target, what] of [
    [file, 'The database file'],
    [folder, 'The folder holding the database'],
  ]) {
    if (!existsSync(target)) continue;
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw new Error(`${what} ${target} is read-only for the user running Postsmith. Make it writable by that user`);
    }
  }
}

async function migrateSqlite(databaseUrl) {
  const file = databaseFilePath(databaseUrl);
  assertWritable(file);
  const applied = await applyPendingMigrations({ databaseUrl });
  // WAL lets the list and the stream readers work while a generation checkpoints; it is stored in the file.
  if (file !== ':memory:') {
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.close();
  }
  return { applied, where: file };
}

// Several instances may start at once: the engine holds an advisory lock while it applies, so one applies and
// the others find nothing left to do.
async function migratePostgres(databaseUrl) {
  return { applied: await applyPendingMigrations({ databaseUrl }), where: redactedUrl(databaseUrl) };
}

export async function migrate() {
  const databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl;
  const { applied, where } =
    databaseProvider(databaseUrl) === 'postgresql' ? await migratePostgres(databaseUrl) : await migrateSqlite(databaseUrl);
  console.log(
    applied.length > 0 ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}` : `Database ${where} is up to date.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  migrate().catch((error) => {
    console.error(`Could not migrate the database: ${error.message}`);
    console.error(
      'Check that DATABASE_URL is a writable "file:" path or a reachable "postgresql://" URL, then run `npm run db:migrate` again.',
    );
    process.exit(1);
  });
}

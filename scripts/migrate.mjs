// Applies pending prisma/migrations to the SQLite database (DATABASE_URL, default ./data/app.db).
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { applyPendingMigrations, databaseFilePath } from './schema-engine.mjs';

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

export async function migrate() {
  const file = databaseFilePath();
  assertWritable(file);
  const applied = await applyPendingMigrations();
  // WAL lets the list and the stream readers work while a generation checkpoints; it is stored in the file.
  if (file !== ':memory:') {
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.close();
  }
  console.log(
    applied.length > 0 ? `Applied ${applied.length} migration(s) to ${file}: ${applied.join(', ')}` : `Database ${file} is up to date.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  migrate().catch((error) => {
    console.error(`Could not migrate the database: ${error.message}`);
    console.error('Check that DATABASE_URL points to a writable "file:" path, then run `npm run db:migrate` again.');
    process.exit(1);
  });
}

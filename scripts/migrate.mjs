// Applies pending prisma/migrations to the SQLite database (DATABASE_URL, default ./data/app.db).
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { applyPendingMigrations, databaseFilePath } from './schema-engine.mjs';

export async function migrate() {
  const applied = await applyPendingMigrations();
  const file = databaseFilePath();
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

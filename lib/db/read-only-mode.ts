import 'server-only';
import { storageFault } from './errors';
import { databaseFile, databaseLabel, databaseProvider } from './location';

const state = globalThis as typeof globalThis & { postsmithReadOnlyDatabase?: boolean };

/**
 * Runs the first write of a start. When the database refuses it as read-only, the app keeps serving
 * reads (every write answers 503) instead of failing every route, and says why on its pages. Other
 * failures are thrown as before.
 */
export async function startWritingOrReadOnly(firstWrite: () => Promise<void>): Promise<void> {
  try {
    await firstWrite();
    state.postsmithReadOnlyDatabase = false;
  } catch (error) {
    if (storageFault(error) !== 'read_only') throw error;
    state.postsmithReadOnlyDatabase = true;
    console.error(`${readOnlyDatabaseMessage()}\n`, error);
  }
}

/** Why nothing can be saved, naming the file or server; null while the database takes writes. */
export function readOnlyDatabaseNotice(): string | null {
  return state.postsmithReadOnlyDatabase ? readOnlyDatabaseMessage() : null;
}

function readOnlyDatabaseMessage(): string {
  const readOnlyMode = 'so Postsmith is in read-only mode: drafts can be read and exported, but nothing can be saved or written.';
  if (databaseProvider() === 'postgresql') {
    return `The PostgreSQL database ${databaseLabel()} refuses writes (a read-only server or standby, or default_transaction_read_only), ${readOnlyMode} Point DATABASE_URL at a server that takes writes, then restart it.`;
  }
  return `The database file ${databaseFile()} is read-only, ${readOnlyMode} Make the file and its folder writable by the user running Postsmith, then restart it.`;
}

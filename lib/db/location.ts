import 'server-only';
import path from 'node:path';
import { serverEnv } from '@/lib/env';

// Where DATABASE_URL points, without loading a database client: the proxy's session check reads it too.

export type DatabaseProvider = 'sqlite' | 'postgresql';

/** Which database DATABASE_URL names: a SQLite `file:` (the default) or PostgreSQL. */
export function databaseProvider(databaseUrl = serverEnv().DATABASE_URL): DatabaseProvider {
  return databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql';
}

// Relative SQLite paths are taken from the project root, where `npm start` runs, as the migrate step does.
export function databaseFile(databaseUrl = serverEnv().DATABASE_URL): string {
  const file = databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  return file === ':memory:' ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** The database for a person to read: the SQLite file, or the PostgreSQL URL without its password. */
export function databaseLabel(databaseUrl = serverEnv().DATABASE_URL): string {
  if (databaseProvider(databaseUrl) === 'sqlite') return databaseFile(databaseUrl);
  return databaseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

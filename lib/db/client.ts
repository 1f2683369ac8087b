import 'server-only';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { serverEnv } from '@/lib/env';
import { PrismaClient } from './generated/client.ts';

// Relative SQLite paths are taken from the project root, where `npm start` runs, as the migrate step does.
function sqliteFile(databaseUrl: string): string {
  const file = databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  return file === ':memory:' ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: sqliteFile(serverEnv().DATABASE_URL), timeout: serverEnv().DATABASE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

// One client per process, kept on globalThis so dev-server reloads do not open a new connection each time.
const globalForDb = globalThis as typeof globalThis & { postsmithDb?: PrismaClient };

export function db(): PrismaClient {
  globalForDb.postsmithDb ??= createClient();
  return globalForDb.postsmithDb;
}

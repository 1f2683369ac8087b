import 'server-only';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { serverEnv } from '@/lib/env';
import { retryWhenBusy } from './busy-retry';
import { PrismaClient } from './generated/client.ts';

// Relative SQLite paths are taken from the project root, where `npm start` runs, as the migrate step does.
export function databaseFile(databaseUrl = serverEnv().DATABASE_URL): string {
  const file = databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  return file === ':memory:' ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_BUSY_TIMEOUT_MS } = serverEnv();
  const sqlite = new PrismaBetterSqlite3({ url: databaseFile(DATABASE_URL), timeout: 0 });
  return new PrismaClient({ adapter: retryWhenBusy(sqlite, DATABASE_BUSY_TIMEOUT_MS) });
}

// One client per process, kept on globalThis so dev-server reloads do not open a new connection each time.
const globalForDb = globalThis as typeof globalThis & { postsmithDb?: PrismaClient };

export function db(): PrismaClient {
  globalForDb.postsmithDb ??= createClient();
  return globalForDb.postsmithDb;
}

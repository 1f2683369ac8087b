import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { serverEnv } from '@/lib/env';
import { retryWhenBusy } from './busy-retry';
import { PrismaClient } from './generated/client.ts';
import { PrismaClient as PostgresPrismaClient } from './generated-postgresql/client.ts';
import { databaseFile, databaseProvider } from './location';

/**
 * How node-postgres connects to a postgresql:// DATABASE_URL. It ignores `?schema=`: that goes to the search_path,
 * since raw queries name tables without a schema. A lock held elsewhere is waited for as long as a SQLite lock is
 * (DATABASE_BUSY_TIMEOUT_MS).
 */
export function postgresConnection(
  databaseUrl: string,
  lockTimeoutMs: number,
): { connectionString: string; options: string; schema?: string } {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema') || undefined;
  url.searchParams.delete('schema');
  const settings = [`-c lock_timeout=${lockTimeoutMs}`];
  if (schema) settings.push(`-c search_path="${schema.replaceAll('"', '""')}"`);
  return { connectionString: url.toString(), options: settings.join(' '), ...(schema ? { schema } : {}) };
}

function postgresAdapter(databaseUrl: string, lockTimeoutMs: number): PrismaPg {
  const { schema, ...connection } = postgresConnection(databaseUrl, lockTimeoutMs);
  return new PrismaPg(connection, schema ? { schema } : undefined);
}

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_BUSY_TIMEOUT_MS } = serverEnv();
  if (databaseProvider(DATABASE_URL) === 'postgresql') {
    // Both clients are generated from one schema, so their model APIs agree; the app is typed with the SQLite
    // client's types, and the few places where the databases differ ask databaseProvider() (lib/db/portable.ts).
    return new PostgresPrismaClient({ adapter: postgresAdapter(DATABASE_URL, DATABASE_BUSY_TIMEOUT_MS) }) as unknown as PrismaClient;
  }
  const sqlite = new PrismaBetterSqlite3({ url: databaseFile(DATABASE_URL), timeout: 0 });
  return new PrismaClient({ adapter: retryWhenBusy(sqlite, DATABASE_BUSY_TIMEOUT_MS) });
}

// One client per process, kept on globalThis so dev-server reloads do not open a new connection each time.
const globalForDb = globalThis as typeof globalThis & { postsmithDb?: PrismaClient };

export function db(): PrismaClient {
  globalForDb.postsmithDb ??= createClient();
  return globalForDb.postsmithDb;
}

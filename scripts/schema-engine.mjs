// Prisma's schema engine compiled to WebAssembly, driven through the better-sqlite3 or the pg driver adapter.
// The Prisma CLI would download a native engine for the same work, which fails with no network.
// Plain ESM so it runs before `next start` and from tests, outside Next's bundle.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { EXTERNAL_TABLES } from '../prisma/external-tables.mjs';

const require = createRequire(import.meta.url);
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultDatabaseUrl = 'file:./data/app.db';

// One source schema (SQLite, the embedded default) and a PostgreSQL copy generated from it: one generated client
// serves one provider, and `provider = env(...)` is refused. Each provider has its own migrations folder.
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
export const postgresSchemaPath = path.join(projectRoot, 'prisma', 'postgresql', 'schema.prisma');
export const postgresMigrationsDir = path.join(projectRoot, 'prisma', 'postgresql', 'migrations');

const LAYOUT = {
  sqlite: { schemaPath, migrationsDir },
  postgresql: { schemaPath: postgresSchemaPath, migrationsDir: postgresMigrationsDir },
};

/**
 * Where a provider's schema and migrations live.
 * @param {'sqlite' | 'postgresql'} provider
 */
export function providerLayout(provider) {
  return LAYOUT[provider];
}

// Qualified names only on PostgreSQL (P3023), where there is no such table: the list is SQLite's.
const engineFilters = (provider) => ({ externalTables: provider === 'sqlite' ? EXTERNAL_TABLES : [], externalEnums: [] });

/** Which database a DATABASE_URL names: `file:` is SQLite, `postgresql://` or `postgres://` is PostgreSQL. */
export function databaseProvider(databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl) {
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return 'postgresql';
  throw new Error(`DATABASE_URL must be a SQLite "file:" URL or a PostgreSQL "postgresql://" URL, got "${redactedUrl(databaseUrl)}".`);
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(databaseUrl) {
  return databaseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

const POSTGRES_COPY_HEADER = `// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs (npm run db:generate): do not edit.
// The PostgreSQL copy of the schema, with its own client (lib/db/generated-postgresql) and migrations
// (prisma/postgresql/migrations); tests/integration/postgres-schema-copy.test.ts keeps it up to date.
`;

function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`prisma/schema.prisma must have exactly one ${what}; found ${matches.length}.`);
  return text.replace(pattern, replacement);
}

/**
 * The PostgreSQL copy of a SQLite schema: the same models, another provider and client output. A line
 * `// postgresql: <attribute>` in the source is that attribute in the copy only (an index SQLite cannot have).
 */
export function postgresSchemaFrom(sqliteSchema) {
  let copy = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', '`provider = "sqlite"`');
  copy = copy.replace(/^(\s*)\/\/ postgresql: /gm, '$1');
  copy = replaceOnce(copy, /output(\s*)=\s*"\.\.\/lib\/db\/generated"/, 'output$1= "../../lib/db/generated-postgresql"', 'client output');
  return POSTGRES_COPY_HEADER + copy;
}

/** Writes prisma/postgresql/schema.prisma from prisma/schema.prisma; true when it changed. */
export function writePostgresSchema() {
  const copy = postgresSchemaFrom(readFileSync(schemaPath, 'utf8'));
  if (existsSync(postgresSchemaPath) && readFileSync(postgresSchemaPath, 'utf8') === copy) return false;
  mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  writeFileSync(postgresSchemaPath, copy);
  return true;
}

let enginePromise;
async function loadSchemaEngineClass() {
  enginePromise ??= (async () => {
    // A bare import of the package needs --experimental-wasm-modules on Node 20, so the glue is
    // wired to the compiled module by hand, as the package's own entry point would do.
    // Without it an engine panic dies with "Cannot read properties of undefined (reading 'set_message')".
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => console.error(`Prisma's schema engine panicked: ${message}`) };
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const module = await WebAssembly.compile(readFileSync(wasmPath));
    const imports = Object.fromEntries(WebAssembly.Module.imports(module).map(({ module: name }) => [name, glue]));
    const instance = await WebAssembly.instantiate(module, imports);
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start?.();
    return glue.SchemaEngine;
  })();
  return enginePromise;
}

/** Resolves `file:` URLs against the project root, as the app does. */
export function databaseFilePath(databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl) {
  if (!databaseUrl.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL here, got "${redactedUrl(databaseUrl)}".`);
  }
  const file = databaseUrl.slice('file:'.length).split('?')[0];
  if (file === ':memory:') return file;
  return path.resolve(projectRoot, file);
}

/**
 * node-postgres settings for a `postgresql://` URL. adapter-pg ignores `?schema=`, so it is taken out here and
 * given to the adapter and to the connection's search_path (raw queries name tables without a schema).
 */
export function postgresConnection(databaseUrl) {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema') || undefined;
  url.searchParams.delete('schema');
  const pool = { connectionString: url.toString() };
  if (schema) pool.options = `-c search_path="${schema.replaceAll('"', '""')}"`;
  return { pool, schema };
}

/** The same server and credentials, another database. */
export function withDatabaseName(databaseUrl, name) {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

function databaseNameOf(databaseUrl) {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres';
}

const quoteIdentifier = (name) => `"${name.replaceAll('"', '""')}"`;

async function withPgClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database DATABASE_URL names when it does not exist yet (SQLite creates its file by itself). */
export async function ensurePostgresDatabase(databaseUrl) {
  const { pool } = postgresConnection(databaseUrl);
  try {
    await withPgClient(pool.connectionString, async () => {});
    return false;
  } catch (error) {
    if (error?.code !== '3D000') throw error;
  }
  const name = databaseNameOf(pool.connectionString);
  await withPgClient(withDatabaseName(pool.connectionString, 'postgres'), (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)}`).catch((error) => {
      if (error?.code !== '42P04') throw error;
    }),
  );
  return true;
}

// The wasm engine replays each whole migration.sql on the shadow database through executeRaw, which
// better-sqlite3 refuses once a file holds several statements; executeScript takes them all.
function acceptMultiStatementScripts(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/i.test(String(error?.message ?? error))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

const PG_CHAR = 18;
const PG_TEXT = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
const charColumns = Symbol('postsmith.charColumns');

/**
 * Two repairs to adapter-pg for the engine. Its executeScript splits on every `;`, which breaks a `$$…$$` body
 * and leaves a failed migration half applied: a script goes as one query instead, which PostgreSQL runs as one
 * transaction. And it refuses the catalog's `"char"` columns that a diff of a live database reads: they pass
 * through as text and reach the engine as the one-character values it expects (PostgreSQL 18 returns some).
 */
function repairedPgAdapter(adapter) {
  const pool = adapter.client;
  const query = pool.query.bind(pool);
  pool.query = async (...args) => {
    const result = await query(...args);
    const indexes = [];
    for (const [index, field] of (result?.fields ?? []).entries()) {
      if (field.dataTypeID !== PG_CHAR) continue;
      field.dataTypeID = PG_TEXT;
      indexes.push(index);
    }
    // queryRaw hands on this same rows array, so the mark travels with this one result.
    if (indexes.length > 0 && Array.isArray(result.rows)) result.rows[charColumns] = indexes;
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (sql) => {
    const result = await queryRaw(sql);
    for (const index of result.rows[charColumns] ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  };
  adapter.executeScript = async (script) => {
    try {
      await query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/**
 * adapter-pg's own shadow database replays into the main database when built from a connection string, and
 * leaks its database otherwise: this one is created on `serverUrl`, used, closed and dropped.
 */
async function connectToPostgresShadow(serverUrl) {
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
  await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
  const adapter = repairedPgAdapter(await new PrismaPg({ connectionString: withDatabaseName(serverUrl, name) }).connect());
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await withPgClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
  };
  return adapter;
}

function adapterFactory(provider, databaseUrl, shadowServerUrl) {
  if (provider === 'sqlite') {
    const file = databaseFilePath(databaseUrl);
    const factory = new PrismaBetterSqlite3({ url: file });
    return {
      factory,
      connect: () => factory.connect(),
      connectToShadowDb: async () => acceptMultiStatementScripts(await factory.connectToShadowDb()),
    };
  }
  const { pool, schema } = postgresConnection(databaseUrl);
  const factory = new PrismaPg(pool, schema ? { schema } : undefined);
  return {
    factory,
    connect: async () => repairedPgAdapter(await factory.connect()),
    connectToShadowDb: () => connectToPostgresShadow(shadowServerUrl ?? withDatabaseName(pool.connectionString, 'postgres')),
  };
}

// Freeing the engine does not close the connections it opened, and an open one keeps the SQLite file
// locked for the next engine in this process: they are tracked here and disposed of explicitly.
function trackedFactory({ factory, connect, connectToShadowDb }) {
  const opened = [];
  const remember = async (connecting) => {
    const adapter = await connecting;
    // The engine disposes of a shadow database itself; a second dispose must not close a closed pool.
    const dispose = adapter.dispose.bind(adapter);
    let disposed;
    adapter.dispose = () => {
      disposed ??= dispose();
      return disposed;
    };
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => remember(connect()),
      connectToShadowDb: () => remember(connectToShadowDb()),
    },
    disposeAll: () => Promise.all(opened.splice(0).map((adapter) => adapter.dispose())),
  };
}

/**
 * Runs `work` with the engine open on one database (SQLite or PostgreSQL, from its URL), then frees it and its
 * connections. `shadowServerUrl`: a PostgreSQL server where a temporary shadow database may be created.
 */
export async function withSchemaEngine({ databaseUrl, shadowServerUrl, log = () => {} }, work) {
  const provider = databaseProvider(databaseUrl);
  if (provider === 'sqlite') {
    const file = databaseFilePath(databaseUrl);
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  }
  const SchemaEngine = await loadSchemaEngineClass();
  const { factory, disposeAll } = trackedFactory(adapterFactory(provider, databaseUrl, shadowServerUrl));
  const schemaFile = LAYOUT[provider].schemaPath;
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaFile, readSchema(provider)]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine, provider);
  } finally {
    engine.free();
    await disposeAll();
  }
}

export function readSchema(provider = 'sqlite') {
  return readFileSync(LAYOUT[provider].schemaPath, 'utf8');
}

export function loadMigrationsList(provider = 'sqlite') {
  const dir = LAYOUT[provider].migrationsDir;
  const lockPath = path.join(dir, 'migration_lock.toml');
  const folders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: folders.map((folder) => {
      const file = path.join(dir, folder, 'migration.sql');
      return {
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file) ? { tag: 'ok', value: readFileSync(file, 'utf8') } : { tag: 'error', error: `${file} is missing` },
        },
      };
    }),
  };
}

/** Applies the pending migrations of the database's provider (creating a missing PostgreSQL database); returns the names applied. */
export async function applyPendingMigrations({ databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl } = {}) {
  if (databaseProvider(databaseUrl) === 'postgresql') await ensurePostgresDatabase(databaseUrl);
  return withSchemaEngine({ databaseUrl }, async (engine, provider) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: loadMigrationsList(provider),
      filters: engineFilters(provider),
    });
    return appliedMigrationNames;
  });
}

/**
 * SQL that takes a provider's migrations folder to its schema; empty when they agree. PostgreSQL replays the
 * folder in a temporary database on `shadowServerUrl` (a `postgresql://` URL of a role that may CREATE DATABASE).
 * @param {{ provider?: 'sqlite' | 'postgresql', shadowServerUrl?: string }} [options]
 */
export async function diffMigrationsToSchema({ provider = 'sqlite', shadowServerUrl } = {}) {
  const databaseUrl = provider === 'sqlite' ? 'file::memory:' : shadowServerUrl;
  if (!databaseUrl) throw new Error('A PostgreSQL diff needs a server for its shadow database (shadowServerUrl).');
  return withSchemaEngine({ databaseUrl, shadowServerUrl }, async (engine) => {
    const schemaFile = LAYOUT[provider].schemaPath;
    const result = await engine.diff({
      from: { tag: 'migrations', ...loadMigrationsList(provider) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaFile, content: readSchema(provider) }] },
      script: true,
      exitCode: true,
      filters: engineFilters(provider),
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  });
}

/** SQL that takes a live database to its provider's schema; empty when there is no drift. */
export async function diffDatabaseToSchema({ databaseUrl }) {
  return withSchemaEngine({ databaseUrl }, async (engine, provider) => {
    const files = [{ path: LAYOUT[provider].schemaPath, content: readSchema(provider) }];
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: projectRoot },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: engineFilters(provider),
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  });
}

// Prisma's schema engine compiled to WebAssembly, driven through the better-sqlite3 driver adapter.
// The Prisma CLI would download a native engine for the same work, which fails with no network.
// Plain ESM so it runs before `next start` and from tests, outside Next's bundle.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
export const defaultDatabaseUrl = 'file:./data/app.db';

const noFilters = { externalTables: [], externalEnums: [] };

let enginePromise;
async function loadSchemaEngineClass() {
  enginePromise ??= (async () => {
    // A bare import of the package needs --experimental-wasm-modules on Node 20, so the glue is
    // wired to the compiled module by hand, as the package's own entry point would do.
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
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got "${databaseUrl}".`);
  }
  const file = databaseUrl.slice('file:'.length).split('?')[0];
  if (file === ':memory:') return file;
  return path.resolve(projectRoot, file);
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

// Freeing the engine does not close the connections it opened, and an open one keeps the SQLite file
// locked for the next engine in this process: they are tracked here and disposed of explicitly.
function trackedFactory(factory) {
  const opened = [];
  const remember = async (connecting) => {
    const adapter = await connecting;
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => remember(factory.connect()),
      connectToShadowDb: async () => acceptMultiStatementScripts(await remember(factory.connectToShadowDb())),
    },
    disposeAll: () => Promise.all(opened.splice(0).map((adapter) => adapter.dispose())),
  };
}

/** Runs `work` with the engine open on one SQLite database, then frees it and its connections. */
export async function withSchemaEngine({ databaseUrl, log = () => {} }, work) {
  const file = databaseFilePath(databaseUrl);
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const SchemaEngine = await loadSchemaEngineClass();
  const { factory, disposeAll } = trackedFactory(new PrismaBetterSqlite3({ url: file }));
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, readSchema()]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await disposeAll();
  }
}

export function readSchema() {
  return readFileSync(schemaPath, 'utf8');
}

export function loadMigrationsList() {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const folders = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: folders.map((folder) => {
      const file = path.join(migrationsDir, folder, 'migration.sql');
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

/** Applies pending folders of prisma/migrations; returns the names applied. */
export async function applyPendingMigrations({ databaseUrl } = {}) {
  return withSchemaEngine({ databaseUrl }, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: loadMigrationsList(), filters: noFilters });
    return appliedMigrationNames;
  });
}

/** SQL that takes the migrations folder to the schema; empty when they agree. */
export async function diffMigrationsToSchema() {
  return withSchemaEngine({ databaseUrl: 'file::memory:' }, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...loadMigrationsList() },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readSchema() }] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  });
}

/** SQL that takes a live database to the schema; empty when there is no drift. */
export async function diffDatabaseToSchema({ databaseUrl }) {
  return withSchemaEngine({ databaseUrl }, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: [{ path: schemaPath, content: readSchema() }], configDir: projectRoot },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readSchema() }] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  });
}

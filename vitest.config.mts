import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy (Node 21+) when it prints failures; Node here is 20.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

// The integration tests run once per database. These need SQLite by nature (its file locks, a read-only file,
// prisma/migrations) and have PostgreSQL counterparts in postgres-*.test.ts, which only the PostgreSQL lane runs.
const SQLITE_ONLY = ['database-lock', 'storage-faults', 'migrations'];
// No database, or a SQLite file of their own instead of the harness's freshDatabase(): here they would only run
// on SQLite again.
const OWN_DATABASE_OR_NONE = [
  'auth-login',
  'auth-proxy',
  'auth-sessions',
  'drafts-list',
  'fake-anthropic',
  'fake-openai',
  'hugo-site',
  'postgres-schema-copy',
];
const integrationFiles = (names: string[]) => names.map((name) => `tests/integration/${name}.test.ts`);
const POSTGRES_ONLY = 'tests/integration/postgres-!(schema-copy).test.ts';
// Against a real WordPress, started once per run (`npm run test:integration:wordpress`, tests/wordpress/lane.mjs).
const WORDPRESS = 'tests/integration/wordpress-*.test.ts';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Components bundle; tests run lib/ directly.
      'server-only': path.resolve(import.meta.dirname, 'tests/fixtures/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Unit tests run lib/ alone; integration tests drive routes and the engine against a database and the fake API.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, POSTGRES_ONLY, WORDPRESS],
        },
      },
      // `npm run test:integration:postgres` (tests/postgres/lane.mjs): each file gets a PostgreSQL database of its own.
      {
        extends: true,
        test: {
          name: 'integration-postgres',
          include: ['tests/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, WORDPRESS, ...integrationFiles([...SQLITE_ONLY, ...OWN_DATABASE_OR_NONE])],
          globalSetup: ['tests/postgres/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'integration-wordpress', include: [WORDPRESS], globalSetup: ['tests/wordpress/global-setup.ts'] },
      },
    ],
  },
});

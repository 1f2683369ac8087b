import { defineConfig } from 'prisma/config';
import { EXTERNAL_TABLES } from './prisma/external-tables.mjs';

// Only the regular Prisma CLI reads this (e.g. `prisma migrate deploy` on a machine with network);
// the app itself migrates through scripts/migrate.mjs.
const url = process.env.DATABASE_URL ?? 'file:./data/app.db';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url },
  // The drafts' full-text index on SQLite is made by a hand-written migration: Migrate must not drop it.
  experimental: { externalTables: true },
  tables: { external: url.startsWith('file:') ? EXTERNAL_TABLES : [] },
});

import { defineConfig } from 'prisma/config';

// Only the regular Prisma CLI reads this (e.g. `prisma migrate deploy` on a machine with network);
// the app itself migrates through scripts/migrate.mjs.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/app.db' },
});

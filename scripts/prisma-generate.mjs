// Writes the PostgreSQL copy of prisma/schema.prisma, then generates both clients (lib/db/generated for SQLite,
// lib/db/generated-postgresql for PostgreSQL). `prisma generate` wants a native schema engine it downloads
// (and fails to, offline) but never runs; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable satisfies that check.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { postgresSchemaPath, projectRoot, schemaPath, writePostgresSchema } from './schema-engine.mjs';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');

if (writePostgresSchema())
  console.log(`Wrote ${path.relative(projectRoot, postgresSchemaPath)} from ${path.relative(projectRoot, schemaPath)}.`);

for (const schema of [schemaPath, postgresSchemaPath]) {
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--no-hints', '--schema', schema], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

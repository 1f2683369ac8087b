import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresSchemaFrom, postgresSchemaPath, providerLayout, schemaPath } from '../../scripts/schema-engine.mjs';

// Runs in the SQLite lane: it needs no database, so it holds even where the PostgreSQL lane is skipped.
describe('prisma/postgresql/schema.prisma', () => {
  it('is the PostgreSQL copy of prisma/schema.prisma as it is now (npm run db:generate writes it)', () => {
    expect(readFileSync(postgresSchemaPath, 'utf8')).toBe(postgresSchemaFrom(readFileSync(schemaPath, 'utf8')));
  });

  it.each(['sqlite', 'postgresql'] as const)('has a migrations folder for %s whose lock file names that provider', (provider) => {
    const lock = readFileSync(path.join(providerLayout(provider).migrationsDir, 'migration_lock.toml'), 'utf8');
    expect(lock).toMatch(new RegExp(`^provider = "${provider}"$`, 'm'));
  });

  it('refuses a source schema it cannot copy instead of writing a wrong one', () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider = "sqlite"/);
  });
});

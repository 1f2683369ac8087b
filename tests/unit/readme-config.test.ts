import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServerEnv } from '@/lib/env';

// lib/env.ts is authoritative: it is what the app reads and validates. The README's Configuration table and
// .env.example must name exactly its variables, plus the few the app reads through Next.js itself (below).
// Variables only for scripts or tests (SHADOW_DATABASE_URL, POSTSMITH_TEST_POSTGRES_URL,
// POSTSMITH_REQUIRE_POSTGRES, POSTSMITH_DIST_DIR, E2E_*) are documented where they are used, not in the table.
const READ_BY_NEXT = ['PORT'];

const root = path.resolve(import.meta.dirname, '../..');
const schemaKeys = Object.keys(ServerEnv.shape).sort();
const documented = [...schemaKeys, ...READ_BY_NEXT].sort();

function configurationTable(): Map<string, string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n'));
  if (!section) throw new Error('README.md has no "## Configuration" section');
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([A-Z][A-Z0-9_]*)`$/.exec(cells[1] ?? '')?.[1];
    if (name) rows.set(name, (cells[2] ?? '').replaceAll('`', ''));
  }
  return rows;
}

function envExample(): Map<string, string> {
  const text = readFileSync(path.join(root, '.env.example'), 'utf8');
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1]) entries.set(match[1], (match[2] ?? '').trim());
  }
  return entries;
}

/** The default lib/env.ts gives a variable left unset, when it is a plain value a table can show. */
function schemaDefault(key: string): string | undefined {
  const field = ServerEnv.shape[key as keyof typeof ServerEnv.shape];
  const parsed = field.safeParse(undefined);
  return parsed.success && (typeof parsed.data === 'string' || typeof parsed.data === 'number') ? String(parsed.data) : undefined;
}

const missing = (from: string[], present: Iterable<string>) => {
  const have = new Set(present);
  return from.filter((key) => !have.has(key));
};

describe("README's Configuration table", () => {
  const table = configurationTable();

  it('lists every variable of lib/env.ts', () => {
    expect(missing(documented, table.keys()), 'in lib/env.ts but missing from the README table').toEqual([]);
  });

  it('lists no variable lib/env.ts does not read', () => {
    expect(missing([...table.keys()], documented), 'in the README table but not in lib/env.ts').toEqual([]);
  });

  it('gives the defaults lib/env.ts applies', () => {
    const wrong = schemaKeys
      .filter((key) => schemaDefault(key) !== undefined && table.has(key) && table.get(key) !== schemaDefault(key))
      .map((key) => `${key}: README says ${table.get(key)}, lib/env.ts ${schemaDefault(key)}`);
    expect(wrong).toEqual([]);
  });
});

describe('.env.example', () => {
  const example = envExample();

  it('lists every variable of lib/env.ts and no other', () => {
    expect(missing(documented, example.keys()), 'missing from .env.example').toEqual([]);
    expect(missing([...example.keys()], documented), 'in .env.example but not in lib/env.ts').toEqual([]);
  });

  it('shows the defaults lib/env.ts applies', () => {
    const wrong = schemaKeys
      .filter((key) => schemaDefault(key) !== undefined && example.get(key) !== schemaDefault(key))
      .map((key) => `${key}: .env.example says ${example.get(key)}, lib/env.ts ${schemaDefault(key)}`);
    expect(wrong).toEqual([]);
  });
});

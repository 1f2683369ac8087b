import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProjectEnv, MINIMUM_NODE, nodeVersionProblem } from '../../scripts/project-env.mjs';

const loaderUrl = pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/project-env.mjs')).href;

// The loader every script runs first (scripts/preflight.mjs), pointed at a folder of our own instead of the project.
describe('scripts load .env like next start', () => {
  let dir: string;
  let saved: NodeJS.ProcessEnv;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'postsmith-env-'));
    saved = { ...process.env };
    delete process.env.DATABASE_URL;
  });

  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    rmSync(dir, { recursive: true, force: true });
  });

  it('picks DATABASE_URL from a .env in the given folder', () => {
    writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=file:./data/from-dotenv.db\n');
    expect(loadProjectEnv(dir)).toEqual(['.env']);
    expect(process.env.DATABASE_URL).toBe('file:./data/from-dotenv.db');
  });

  it('lets a variable the command was started with win over .env, as Next.js does', () => {
    writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=file:./data/from-dotenv.db\n');
    // A process of its own: the loader keeps the environment the process started with, as a script would.
    const program = `const { loadProjectEnv } = await import(${JSON.stringify(loaderUrl)}); loadProjectEnv(${JSON.stringify(dir)}); process.stdout.write(process.env.DATABASE_URL);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', program], {
      env: { ...process.env, DATABASE_URL: 'file:./data/from-shell.db' },
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('file:./data/from-shell.db');
  });

  it('reads the mode file before .env', () => {
    writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=file:./data/from-dotenv.db\n');
    // Vitest runs with NODE_ENV=test, the mode Next.js would use too.
    writeFileSync(path.join(dir, '.env.test'), 'DATABASE_URL=file:./data/from-mode-file.db\n');
    expect(loadProjectEnv(dir)).toEqual(['.env.test', '.env']);
    expect(process.env.DATABASE_URL).toBe('file:./data/from-mode-file.db');
  });
});

describe('the Node.js version check', () => {
  it('accepts Node 20.19 and newer', () => {
    for (const version of [MINIMUM_NODE, '20.20.2', 'v22.12.0', '24.1.0']) expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it('refuses older versions, naming what is needed', () => {
    for (const version of ['20.18.3', '20.9.0', '18.20.4']) {
      expect(nodeVersionProblem(version)).toBe(`Postsmith needs Node.js 20.19.0 or newer (Prisma 7 does); this is Node.js ${version}.`);
    }
  });
});

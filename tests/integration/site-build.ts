import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { makeDraft } from '../unit/export/draft-fixture';

// What the tests that build a real site from an export zip (Hugo, Jekyll, Astro) share.

export const approved = (overrides: Partial<Draft>) =>
  makeDraft({ status: 'approved', content: '## Intro\n\nBody of the post.\n', ...overrides });

/** Unpacks an export zip at the site's root, as its README tells a person to; returns every entry's name. */
export function unpackZip(site: string, zip: Uint8Array): string[] {
  const entries = unzipSync(zip);
  for (const [name, bytes] of Object.entries(entries)) {
    if (name === 'README.txt') continue;
    mkdirSync(path.join(site, path.dirname(name)), { recursive: true });
    writeFileSync(path.join(site, name), bytes);
  }
  return Object.keys(entries);
}

/**
 * Runs a site generator and returns what it printed. Throws with its output when it fails, or with `missing` (how to
 * install it) when the command is not there.
 */
export function runGenerator(
  command: string,
  args: string[],
  { timeout, env, missing }: { timeout: number; env: NodeJS.ProcessEnv; missing?: string },
): string {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout, env });
  if (missing && run.error && 'code' in run.error && run.error.code === 'ENOENT') throw new Error(missing);
  if (run.error) throw run.error;
  if (run.status !== 0)
    throw new Error(`${[path.basename(command), ...args].join(' ')} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}

/**
 * A temporary site folder for the test file, made and built by `build` once before its tests and removed after them.
 * A build that breaks, or a generator that is missing, fails each test rather than skipping them as a failed
 * beforeAll would.
 */
export function builtSite(prefix: string, build: (site: string) => void, timeout?: number): () => string {
  let site = '';
  let buildError: unknown;
  beforeAll(() => {
    site = mkdtempSync(path.join(tmpdir(), prefix));
    try {
      build(site);
    } catch (error) {
      buildError = error;
    }
  }, timeout);
  beforeEach(() => {
    if (buildError !== undefined) throw buildError;
  });
  afterAll(() => {
    if (site) rmSync(site, { recursive: true, force: true });
  });
  return () => site;
}

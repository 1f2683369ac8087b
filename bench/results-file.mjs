// One place that writes bench/RESULTS.md: each bench replaces only its own "## Heading" section.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultsPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

/** Replaces (or appends) one section: `section` starts with its own heading line, e.g. '## Parser'. */
export function writeResultsSection(text) {
  const current = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '# Benchmarks\n';
  const heading = text.trimStart().split('\n', 1)[0] ?? '';
  const section = `${text.trim()}\n`;
  const start = current.indexOf(`${heading}\n`);
  let next;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const rest = current.slice(start + heading.length).search(/\n## /);
    const end = rest === -1 ? current.length : start + heading.length + rest + 1;
    next = `${current.slice(0, start)}${section}${end < current.length ? `\n${current.slice(end)}` : ''}`;
  }
  writeFileSync(resultsPath, next.endsWith('\n') ? next : `${next}\n`);
}

const baselinePath = (bench) => path.join(path.dirname(resultsPath), bench, 'baseline.json');

/**
 * The figures of the run that was started with `--baseline` (stored in bench/<bench>/baseline.json, with its commit),
 * shown beside every later run so a change is read against the state before it. Returns null when none is stored.
 */
export function baselineFor(bench, current) {
  if (process.argv.includes('--baseline')) {
    writeFileSync(baselinePath(bench), `${JSON.stringify({ commit: currentCommit(), date: today(), ...current }, null, 2)}\n`);
  }
  return existsSync(baselinePath(bench)) ? JSON.parse(readFileSync(baselinePath(bench), 'utf8')) : null;
}

export const today = () => new Date().toISOString().slice(0, 10);

export function currentCommit() {
  const root = path.resolve(path.dirname(resultsPath), '..');
  return spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
}

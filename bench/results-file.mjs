// One place that writes bench/RESULTS.md: each bench replaces only its own "## Heading" section.
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

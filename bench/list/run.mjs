// Draft list latency with 100 vs 10,000 drafts: seeds two SQLite files, serves the built app on each in
// turn and times the list API (and the /drafts page) as a client would. Writes the "## Draft list"
// section of bench/RESULTS.md. Usage: node bench/list/run.mjs [--port 3391] [--large 10000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, waitHealthy } from '../app.mjs';
import { baselineFor, writeResultsSection } from '../results-file.mjs';
import { seedDrafts } from './seed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const PORT = arg('port', 3391);
const SIZES = [100, arg('large', 10_000)];
const SAMPLES = 25;
const BUDGET_MS = 3_000;
const TARGET_RATIO = 2;

const CASES = [
  { name: 'newest (default)', path: () => '/api/drafts?limit=20' },
  { name: 'status=approved', path: () => '/api/drafts?limit=20&status=approved' },
  { name: 'sort=title', path: () => '/api/drafts?limit=20&sort=title' },
  { name: 'sort=updated', path: () => '/api/drafts?limit=20&sort=updated' },
  { name: 'sort=score', path: () => '/api/drafts?limit=20&sort=score' },
  { name: 'status=approved&sort=updated', path: () => '/api/drafts?limit=20&status=approved&sort=updated' },
  { name: 'tag=docker', path: () => '/api/drafts?limit=20&tag=docker' },
  { name: 'q=kubernetes (in 10% of bodies)', path: () => '/api/drafts?limit=20&q=kubernetes' },
  { name: 'q=zebracorn (no match: read every body before the index)', path: () => '/api/drafts?limit=20&q=zebracorn' },
  { name: 'q=kube (a word begun)', path: () => '/api/drafts?limit=20&q=kube' },
  { name: 'q=mentions kubernetes (a phrase)', path: () => '/api/drafts?limit=20&q=mentions%20kubernetes' },
  { name: 'cursor in the middle', path: (ids) => `/api/drafts?limit=20&cursor=${ids[Math.floor(ids.length / 2)]}` },
  { name: '/drafts page (50 rows + counts)', path: () => '/drafts' },
];

const startServer = (databaseUrl) => startApp({ port: PORT, databaseUrl, env: { ANTHROPIC_API_KEY: '' } });

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    process.kill(-child.pid, 'SIGTERM');
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(url) {
  const samples = [];
  const started = performance.now();
  while (samples.length < SAMPLES && (samples.length < 5 || performance.now() - started < BUDGET_MS)) {
    const begin = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    samples.push(performance.now() - begin);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
}

async function measure(size, dir) {
  const file = path.join(dir, `list-${size}.db`);
  const seedStart = performance.now();
  const ids = await seedDrafts({ file, count: size });
  const seconds = ((performance.now() - seedStart) / 1000).toFixed(1);
  const megabytes = (readFileSync(file).byteLength / 1e6).toFixed(0);
  console.log(`seeded ${size} drafts (${megabytes} MB) in ${seconds} s`);
  // The newest first, as a cursor taken from the list would be.
  ids.reverse();
  const server = startServer(`file:${file}`);
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitHealthy(base);
    // A fresh server compiles and caches on first use: every request is warmed before any is timed.
    for (let round = 0; round < 5; round++) {
      for (const entry of CASES) await (await fetch(`${base}${entry.path(ids)}`)).arrayBuffer();
    }
    const results = {};
    for (const entry of CASES) {
      results[entry.name] = await time(`${base}${entry.path(ids)}`);
      const { p50, p95, n } = results[entry.name];
      console.log(`  ${size} ${entry.name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (n=${n})`);
    }
    return { results, megabytes };
  } finally {
    await stopServer(server);
  }
}

function section(bySize, baseline) {
  const [small, large] = SIZES;
  const ms = (value) => value.toFixed(1);
  const lines = [
    '## Draft list',
    '',
    `\`node bench/list/run.mjs\` (${new Date().toISOString().slice(0, 10)}): the built app on a temp SQLite file seeded with`,
    `${small} and ${large.toLocaleString('en')} drafts (~20 KB body + ~20 KB raw text each; ${bySize[small].megabytes} MB and`,
    `${bySize[large].megabytes} MB on disk, warm in the OS cache), sequential requests from one client, milliseconds per`,
    `request including JSON or HTML. Target: ${large.toLocaleString('en')} within ${TARGET_RATIO}× of ${small} (p50).`,
    '',
    `Baseline: the same bench on ${baseline ? `commit ${baseline.commit} (${baseline.date}), before the search index` : '— (none recorded)'}.`,
    '',
    `| request | ${small} p50 | ${small} p95 | ${large} p50 | ${large} p95 | ratio (p50) | baseline ${large} p50 | baseline ratio |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const entry of CASES) {
    const a = bySize[small].results[entry.name];
    const b = bySize[large].results[entry.name];
    const ratio = b.p50 / a.p50;
    const before = baseline?.bySize[small]?.results[entry.name];
    const beforeLarge = baseline?.bySize[large]?.results[entry.name];
    const beforeCells = before && beforeLarge ? `${ms(beforeLarge.p50)} | ${(beforeLarge.p50 / before.p50).toFixed(2)}×` : '— | —';
    lines.push(
      `| ${entry.name} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(b.p50)} | ${ms(b.p95)} | ${ratio.toFixed(2)}×${ratio > TARGET_RATIO ? ' ⚠' : ''} | ${beforeCells} |`,
    );
  }
  lines.push(
    '',
    'Sorting by score and by status + updated use the (seoScore, createdAt) and (status, updatedAt) indexes.',
    'A search is answered by the FTS5 index over title, topic and body (migration draft_search, kept in step by',
    'triggers): before it, a search that matched little read every body (LIKE cannot use an index, and `content`',
    'and `raw` make each row ~40 KB), which grew with the number of drafts (the baseline column).',
    "The cursor is applied as `key <= v AND (key < v OR id <= c)` rather than with Prisma's `cursor`, whose",
    'OR of subqueries made SQLite sort everything before the cursor (58 ms vs 0.1 ms in SQLite alone).',
  );
  return `${lines.join('\n')}\n`;
}

const build = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-list-bench-'));
try {
  const bySize = {};
  for (const size of SIZES) bySize[size] = await measure(size, dir);
  const text = section(bySize, baselineFor('list', { bySize }));
  writeResultsSection(text);
  console.log(`\n${text}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

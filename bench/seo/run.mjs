// Times scoreDraft against the naive baseline on generated posts: node bench/seo/run.mjs [--quick]
// TypeScript sources are loaded through Vite's module runner (Vite comes with Vitest), as Node 20 cannot run .ts.
import os from 'node:os';
import path from 'node:path';
import { runnerImport } from 'vite';
import { writeResultsSection } from '../results-file.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SIZES = [1_000, 10_000, 20_000];
const FRAME_MS = 16;
const quick = process.argv.includes('--quick');
const WARMUP_RUNS = quick ? 5 : 50;
const MIN_SAMPLES = quick ? 20 : 300;
const MIN_MS = quick ? 400 : 6_000;

async function load(file) {
  const config = { configFile: false, root: ROOT, resolve: { alias: { '@': ROOT } }, logLevel: 'error' };
  return (await runnerImport(path.join(ROOT, file), config)).module;
}

// Keeps every result alive so no call can be optimised away.
let sink = 0;

function timeOnce(run, input, timings) {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  sink += run(input);
  timings.wall.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuBefore);
  timings.cpu += (cpu.user + cpu.system) / 1000;
}

function summary({ wall, cpu }) {
  const sorted = [...wall].sort((a, b) => a - b);
  const mean = sorted.reduce((total, sample) => total + sample, 0) / sorted.length;
  return { mean, p95: sorted[Math.ceil(sorted.length * 0.95) - 1], cpuMean: cpu / sorted.length };
}

// The two runs alternate call by call, so both see the same load from whatever else shares the machine;
// CPU time is reported too, as wall time includes waiting for a core.
function compare(ours, naive, input) {
  for (let i = 0; i < WARMUP_RUNS; i++) sink += ours(input) + naive(input);
  const timings = [
    { wall: [], cpu: 0 },
    { wall: [], cpu: 0 },
  ];
  const started = performance.now();
  while (timings[0].wall.length < MIN_SAMPLES || performance.now() - started < MIN_MS) {
    timeOnce(ours, input, timings[0]);
    timeOnce(naive, input, timings[1]);
  }
  return timings.map(summary);
}

const { scoreDraft } = await load('lib/seo/index.ts');
const { naiveScore } = await load('bench/seo/naive-score.ts');
const { realisticPost } = await load('bench/seo/realistic-post.ts');

const ms = (value) => value.toFixed(2);
const machine = `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const lines = [
  '## SEO scoring',
  '',
  `\`node bench/seo/run.mjs\` (${new Date().toISOString().slice(0, 10)}; ${machine}, load average ${os.loadavg()[0]?.toFixed(1)}): \`scoreDraft\` against a naive baseline that re-parses the text per check, alternating call by call. Target: a 10,000-word post within a 16 ms frame.`,
  '',
  '| Post | lib/seo mean | lib/seo p95 | lib/seo CPU mean | naive mean | naive p95 | naive CPU mean | naive / lib/seo (CPU) | p95 within 16 ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
for (const size of SIZES) {
  // The generator counts Markdown syntax and code as words; one rescale lands on the size as lib/seo counts it.
  const firstTry = realisticPost(size);
  const input = realisticPost(Math.ceil((size * size) / scoreDraft(firstTry).stats.words));
  const words = scoreDraft(input).stats.words.toLocaleString('en-US');
  const [ours, naive] = compare((draft) => scoreDraft(draft).score, naiveScore, input);
  if (!ours || !naive) throw new Error('no timings');
  const cells = [ours.mean, ours.p95, ours.cpuMean, naive.mean, naive.p95, naive.cpuMean].map((value) => `${ms(value)} ms`);
  const ratio = `${(naive.cpuMean / ours.cpuMean).toFixed(1)}×`;
  lines.push(`| ${words} words | ${cells.join(' | ')} | ${ratio} | ${ours.p95 < FRAME_MS ? 'yes' : 'no'} |`);
}
console.log(`${lines.join('\n')}\n(checksum ${sink})`);
if (!quick) writeResultsSection(lines.join('\n'));

// Post-format parser: throughput on a 150 KB post fed in 40-character deltas with a snapshot after each
// (what streaming does), and how its cost grows from 50 KB to 150 KB, against the naive way (parse the
// whole text again on every delta) in the same run. Usage: node bench/parser/run.mjs
// TypeScript sources are loaded through Vite's module runner (Vite comes with Vitest); Node 20 cannot run .ts.
import path from 'node:path';
import { runnerImport } from 'vite';
import { writeResultsSection } from '../results-file.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DELTA = 40;
const { PostParser, parsePost } = (
  await runnerImport(path.join(ROOT, 'lib/post-format/index.ts'), {
    configFile: false,
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    logLevel: 'error',
  })
).module;

function post(bytes) {
  const header = 'TITLE: Parsing at speed\nMETA_DESCRIPTION: A long post.\nTAGS: a, b\nCATEGORIES: Tutorials\n\n';
  const section = (n) =>
    `## Section ${n}\n\nSome **bold** text, a [link](https://example.com) and \`code\` in paragraph ${n}.\n\n- item one\n- item two\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n`;
  let body = '';
  for (let n = 1; body.length < bytes; n++) body += section(n);
  return `${header}${body}-EndOFText-`;
}

function streamed(text) {
  const parser = new PostParser();
  for (let at = 0; at < text.length; at += DELTA) {
    parser.push(text.slice(at, at + DELTA));
    parser.snapshot();
  }
  return parser.finish().body.length;
}

function naive(text) {
  let length = 0;
  for (let at = DELTA; at < text.length + DELTA; at += DELTA) length = parsePost(text.slice(0, at)).body.length;
  return length;
}

function timeMs(run, text, repeats) {
  run(text);
  const started = performance.now();
  for (let i = 0; i < repeats; i++) run(text);
  return (performance.now() - started) / repeats;
}

// Warm the JIT on the largest input first, so neither size pays for compilation.
for (let i = 0; i < 3; i++) streamed(post(150 * 1024));

const rows = [];
const results = {};
for (const kb of [50, 150]) {
  const text = post(kb * 1024);
  const ours = timeMs(streamed, text, 10);
  const baseline = timeMs(naive, text, 1);
  results[kb] = { ours, baseline };
  rows.push(
    `| ${kb} KB | ${ours.toFixed(1)} ms | ${(text.length / 1024 / 1024 / (ours / 1000)).toFixed(1)} MB/s | ${baseline.toFixed(0)} ms | ${(baseline / ours).toFixed(0)}× |`,
  );
}
const growth = results[150].ours / results[50].ours;
const naiveGrowth = results[150].baseline / results[50].baseline;
const body = [
  `\`node bench/parser/run.mjs\` (${new Date().toISOString().slice(0, 10)}, 2 cores): a whole post streamed through the parser in ${DELTA}-character deltas with a snapshot after each.`,
  '',
  '| post | ours (incremental) | throughput | naive (re-parse per delta) | ours is cheaper by |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  `Growth from 50 KB to 150 KB (3× the text): ours ${growth.toFixed(2)}× (linear is 3×), naive ${naiveGrowth.toFixed(1)}× (quadratic is 9×). Target linear: ${growth < 4.5 ? 'met' : 'NOT met'}.`,
].join('\n');
writeResultsSection(`## Parser\n\n${body}`);
console.log(body);

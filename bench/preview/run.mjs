// Streaming preview bench: StreamingMarkdown vs plain react-markdown of the whole text, per delta, in Debian's
// Chromium. Usage: node bench/preview/run.mjs [--quick]. Writes the "## Streaming preview" section of bench/RESULTS.md
// (--quick: fewer samples, printed only). Needs vite (from vitest) and playwright-core (from @playwright/test).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/fixtures/chromium.mjs';
import { writeResultsSection } from '../results-file.mjs';
import { renderSection, summarise } from './results.mjs';

const here = import.meta.dirname;
const repo = path.resolve(here, '../..');
const quick = process.argv.includes('--quick');
const KB = 1024;
const config = {
  sizes: [1 * KB, 10 * KB, 50 * KB, 150 * KB],
  rounds: quick ? 1 : 3,
  deltasPerSize: quick ? 10 : 40,
  keystrokesPerSize: quick ? 5 : 15,
};

async function bundle(outDir) {
  await build({
    configFile: false,
    root: here,
    mode: 'production',
    logLevel: 'warn',
    resolve: { alias: { '@': repo } },
    // Vite 8 transforms TS/JSX with Oxc (esbuild is not installed); @vitejs/plugin-react is not needed for a build.
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return; // 'use client' means nothing outside Next
          handler(level, log);
        },
      },
    },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(root) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.join(root, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function chromiumVersion() {
  try {
    const version = /Chromium [\d.]+/.exec(
      execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    return version ? `Debian ${version[0]}` : 'Debian Chromium';
  } catch {
    return 'Debian Chromium';
  }
}

function rows(samples, kind) {
  return config.sizes.map((size) => {
    const pick = (impl) => samples.filter((s) => s.kind === kind && s.size === size && s.impl === impl).map((s) => s.ms);
    return { size, ours: summarise(pick('ours')), baseline: summarise(pick('baseline')) };
  });
}

/** Ours over the whole stream of the largest post, by stretch of the text: the cost over a generation. */
function everyDeltaMeans(pairs) {
  return config.sizes.map((size, index) => {
    const low = index === 0 ? 0 : config.sizes[index - 1];
    const values = pairs.filter(([length]) => length > low && length <= size).map(([, ms]) => ms);
    return { size, ...summarise(values) };
  });
}

async function main() {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const outDir = mkdtempSync(path.join(tmpdir(), 'postsmith-preview-bench-'));
  let browser;
  let server;
  try {
    await bundle(outDir);
    server = await serve(outDir);
    const { port } = server.address();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'previewBench' in window);
    // Warm-up: JIT and React's first mounts, untimed, on another post.
    await page.evaluate(() => window.previewBench.round({ seed: 7, sizes: [20 * 1024], deltasPerSize: 5, keystrokesPerSize: 2 }));
    const samples = [];
    const oursEveryDelta = [];
    let isolated = false;
    for (let round = 0; round < config.rounds; round++) {
      const roundStarted = performance.now();
      const result = await page.evaluate((roundConfig) => window.previewBench.round(roundConfig), { seed: 1000 + round, ...config });
      samples.push(...result.samples);
      oursEveryDelta.push(...result.oursEveryDelta);
      isolated = result.crossOriginIsolated;
      console.log(`round ${round + 1}/${config.rounds}: ${((performance.now() - roundStarted) / 1000).toFixed(1)} s`);
    }
    const summaries = (kind) =>
      config.sizes.map((size) => ({ size, ...summarise(samples.filter((s) => s.kind === kind && s.size === size).map((s) => s.ms)) }));
    const section = renderSection({
      date: new Date().toISOString().slice(0, 10),
      chromium: chromiumVersion(),
      config,
      stream: rows(samples, 'stream'),
      alone: summaries('alone'),
      typing: rows(samples, 'typing'),
      flatten: summaries('flatten'),
      everyDelta: everyDeltaMeans(oursEveryDelta),
      isolated,
      load: loadAtStart,
      seconds: (performance.now() - started) / 1000,
    });
    console.log(section);
    if (quick) console.log('(--quick: bench/RESULTS.md left as it is)');
    else writeResultsSection(section);
  } finally {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();

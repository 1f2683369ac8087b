// First-load JavaScript of the two pages people live in, measured as a browser loads them: the bytes
// of every script response (as sent, compressed where the server compresses). Usage: node bench/page-weight/run.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/fixtures/chromium.mjs';
import { startApp, waitHealthy } from '../app.mjs';
import { baselineFor, writeResultsSection } from '../results-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const portArg = process.argv.indexOf('--port');
const PORT = portArg === -1 ? 3393 : Number(process.argv[portArg + 1]);
const TARGETS = { '/ (new post)': 150, '/drafts (list)': 150, '/drafts/[id] (editor)': 300 };
const base = `http://127.0.0.1:${PORT}`;

/**
 * Script bytes a page loads: `first` are the scripts that arrive before the load event (what the page needs to
 * show and hydrate, Next's "first load JS"); `kilobytes` adds the chunks it fetches on its own right after
 * (parts loaded on demand, such as the editor), until the network is idle.
 */
async function scriptBytes(browser, url) {
  const page = await browser.newPage();
  let loaded = false;
  page.on('load', () => {
    loaded = true;
  });
  const sizes = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const first = !loaded;
    sizes.push(
      response
        .request()
        .sizes()
        .then(
          (sizes) => sizes.responseBodySize,
          async () => (await response.body()).length,
        )
        .then((bytes) => {
          // Which scripts a page loads, for the console: the place to start when a page grows.
          console.log(
            `  ${new URL(url).pathname} ${first ? 'first' : 'later'} ${(bytes / 1024).toFixed(1)} KB ${new URL(response.url()).pathname}`,
          );
          return { bytes, first };
        }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const all = await Promise.all(sizes);
  await page.close();
  const sum = (items) => items.reduce((total, item) => total + item.bytes, 0) / 1024;
  return { first: sum(all.filter((item) => item.first)), kilobytes: sum(all), count: all.length };
}

const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-bench-weight-'));
spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const app = startApp({ port: PORT, databaseUrl: `file:${path.join(dir, 'weight.db')}`, env: { ANTHROPIC_API_KEY: '' } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await waitHealthy(base);
  const form = new FormData();
  form.append('files', new File(['---\ntitle: Weighed\n---\n\n## A heading\n\nSome text.\n'], 'weighed.md'));
  const imported = await (await fetch(`${base}/api/import`, { method: 'POST', body: form })).json();
  const draftId = imported.created[0].id;
  const pages = {};
  for (const [name, url] of [
    ['/ (new post)', `${base}/`],
    ['/drafts (list)', `${base}/drafts`],
    ['/drafts/[id] (editor)', `${base}/drafts/${draftId}`],
  ]) {
    pages[name] = await scriptBytes(browser, url);
  }
  const baseline = baselineFor('page-weight', { pages });
  const rows = Object.entries(pages).map(([name, { first, kilobytes, count }]) => {
    const before = baseline?.pages[name];
    const target = TARGETS[name];
    const verdict = target === undefined ? '' : first < target ? ` (< ${target} KB: met)` : ` (< ${target} KB: **not met**)`;
    return `| ${name} | ${first.toFixed(0)} KB${verdict} | ${kilobytes.toFixed(0)} KB | ${count} | ${before ? `${before.kilobytes.toFixed(0)} KB` : '—'} |`;
  });
  const body = [
    `\`node bench/page-weight/run.mjs\` (${new Date().toISOString().slice(0, 10)}): bytes of every script response as transferred by \`next start\` (compressed when it compresses) on a cold load of each page. *First load*: the scripts that arrive before the load event (what the page needs to show and hydrate); *with on-demand parts*: also the chunks the page fetches by itself right after (CodeMirror and the SEO checks on the editor), until the network is idle. The baseline loaded everything up front (its figure is the same in both). Baseline: ${baseline ? `commit ${baseline.commit} (${baseline.date}), before loading the editor's parts on demand` : '— (none recorded)'}.`,
    '',
    '| page | first load | with on-demand parts | scripts | baseline |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  writeResultsSection(`## Page weight\n\n${body}`);
  console.log(body);
} finally {
  await browser.close();
  process.kill(-app.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

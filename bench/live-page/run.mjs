// The whole live page, measured in the built app the way a person uses it: Debian Chromium on /drafts/:id
// (1) while a long post streams from the fake model at a steady pace, and (2) while someone types in the
// middle of the editor. Main-thread time is Chrome DevTools Protocol `Performance.getMetrics`
// (ScriptDuration + LayoutDuration + RecalcStyleDuration), read before and after each burst once the page
// has settled, divided by the deltas (or keystrokes) of the burst. Writes "## Live page" in bench/RESULTS.md.
// Usage: node bench/live-page/run.mjs [--port 3300] [--fake-port 4300] [--baseline]
//   --baseline stores this run's figures as the baseline (bench/live-page/baseline.json) shown beside later runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/fixtures/chromium.mjs';
import { buildSamplePost, startFakeAnthropic } from '../../tests/fixtures/fake-anthropic/server.mjs';
import { startApp, waitHealthy } from '../app.mjs';
import { baselineFor, currentCommit, today, writeResultsSection } from '../results-file.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const PORT = arg('port', 3300);
const FAKE_PORT = arg('fake-port', 4300);
const base = `http://127.0.0.1:${PORT}`;

// The model's pace: one 40-character delta every 50 ms (about 800 characters a second), slower than the
// server's 30 ms batching, so each delta reaches the page as its own event.
const CHUNK = 40;
const DELTA_MS = 50;
const STREAM_SIZES = [10_000, 140_000];
const EDITOR_SIZES = [10_000, 150_000];
const SETTLE_MS = 2_500;
const BURSTS = 4;
const BURST_MS = 1_500;
const KEYSTROKES = 20;
const KEY_GAP_MS = 80;
const TARGET_RATIO = 1.5;
const TARGET_DELTA_MS = 4;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const POST = buildSamplePost('Live page bench', { words: 28_000 });

const PARTS = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
const partsSeen = {};

/** Main-thread milliseconds so far in the page's renderer (each part is kept for the console, to see where time goes). */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  for (const part of PARTS) partsSeen[part] = value(part);
  return PARTS.reduce((sum, part) => sum + value(part), 0);
}

const snapshotParts = () => ({ ...partsSeen });
const partsSince = (before) =>
  PARTS.map((part) => `${part.replace('Duration', '')} ${(partsSeen[part] - before[part]).toFixed(0)} ms`).join(', ');

async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Counts the stream's delta events as the page receives them (CDP init scripts are not subject to the CSP).
  await page.addInitScript(() => {
    const add = EventSource.prototype.addEventListener;
    window.__benchDeltas = 0;
    window.__benchChars = 0;
    EventSource.prototype.addEventListener = function (type, listener, options) {
      if (type !== 'delta') return add.call(this, type, listener, options);
      const counted = (event) => {
        window.__benchDeltas++;
        window.__benchChars += event.data.length;
        return listener.call(this, event);
      };
      return add.call(this, type, counted, options);
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp };
}

const counters = (page) => page.evaluate(() => ({ deltas: window.__benchDeltas, chars: window.__benchChars }));

/** Streams a post whose first `size - lead` characters arrive at once; the rest at the steady pace. */
async function measureStream(browser, fake, size) {
  const topic = `Live page ${size}`;
  const fastChars = size - 2_000;
  let requests = 0;
  fake.setDefault(() => {
    requests++;
    // The first round jumps ahead and stops at max_tokens; the app continues the post, and that round keeps the pace.
    return requests === 1
      ? { kind: 'post', text: POST, chunkSize: 4_000, delayMs: 0, stopAfterChars: fastChars }
      : { kind: 'post', text: POST, seam: 'exact', chunkSize: CHUNK, delayMs: DELTA_MS };
  });
  const created = await (
    await fetch(`${base}/api/drafts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ topic }) })
  ).json();
  // The page opens once the fast round is stored, as someone opening a post being written.
  for (let tries = 0; tries < 200 && requests < 2; tries++) await sleep(100);
  const { page, cdp } = await openPage(browser, `${base}/drafts/${created.id}`);
  await page.getByTestId('generation-status').waitFor();
  await sleep(SETTLE_MS);
  const bursts = [];
  await mainThreadMs(cdp);
  const partsBefore = snapshotParts();
  for (let burst = 0; burst < BURSTS; burst++) {
    const before = { ms: await mainThreadMs(cdp), ...(await counters(page)) };
    await sleep(BURST_MS);
    const after = { ms: await mainThreadMs(cdp), ...(await counters(page)) };
    bursts.push({ ms: after.ms - before.ms, deltas: after.deltas - before.deltas });
  }
  console.log(`stream ${size}: ${partsSince(partsBefore)}`);
  const textLength = await page.getByTestId('markdown-preview').evaluate((element) => element.textContent?.length ?? 0);
  await fetch(`${base}/api/drafts/${created.id}/stop`, { method: 'POST' });
  await page.close();
  const ms = bursts.reduce((sum, burst) => sum + burst.ms, 0);
  const deltas = bursts.reduce((sum, burst) => sum + burst.deltas, 0);
  const perBurst = bursts.map((burst) => burst.ms / Math.max(1, burst.deltas)).sort((a, b) => a - b);
  return { size, perDelta: ms / Math.max(1, deltas), median: perBurst[Math.floor(perBurst.length / 2)], deltas, textLength };
}

async function importDraft(size) {
  const body = POST.slice(POST.indexOf('\n\n') + 2, POST.lastIndexOf('\n\n'));
  let text = body.slice(0, size);
  text = text.slice(0, text.lastIndexOf('\n\n'));
  const form = new FormData();
  form.append('files', new File([`---\ntitle: Typing at ${size}\n---\n\n${text}\n`], `typing-${size}.md`));
  const imported = await (await fetch(`${base}/api/import`, { method: 'POST', body: form })).json();
  return imported.created[0].id;
}

/** One keystroke at a time in the middle of the body, with the SEO panel, word count and preview on screen. */
async function measureTyping(browser, size) {
  const id = await importDraft(size);
  const { page, cdp } = await openPage(browser, `${base}/drafts/${id}`);
  const content = page.locator('.cm-content');
  await content.waitFor();
  await page.getByTestId('seo-score').waitFor();
  // Scroll the editor to the middle of the post and put the caret on a line there.
  await page.locator('.cm-scroller').evaluate((scroller) => {
    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
  });
  await sleep(500);
  const box = await page.locator('.cm-scroller').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('End');
  await sleep(SETTLE_MS);
  const bursts = [];
  await mainThreadMs(cdp);
  const partsBefore = snapshotParts();
  for (let burst = 0; burst < BURSTS; burst++) {
    const before = await mainThreadMs(cdp);
    for (let key = 0; key < KEYSTROKES; key++) {
      await page.keyboard.type(key % 5 === 4 ? ' ' : 'x');
      await sleep(KEY_GAP_MS);
    }
    // What a keystroke set off after it (deferred renders) counts too.
    await sleep(300);
    bursts.push((await mainThreadMs(cdp)) - before);
  }
  console.log(`typing ${size}: ${partsSince(partsBefore)}`);
  const words = await page.getByTestId('seo-panel').textContent();
  await page.close();
  const perBurst = bursts.map((ms) => ms / KEYSTROKES).sort((a, b) => a - b);
  return {
    size,
    perKey: bursts.reduce((sum, ms) => sum + ms, 0) / (BURSTS * KEYSTROKES),
    median: perBurst[Math.floor(perBurst.length / 2)],
    typed: words?.includes('words') ?? false,
  };
}

const kb = (chars) => `${Math.round(chars / 1000)} KB`;
const ratioCell = (ratio, goal) => `${ratio.toFixed(2)}×${ratio <= goal ? '' : ' ⚠'}`;

function table(header, rows) {
  return [header, header.replace(/[^|]+/g, (cell) => (cell.trim() === '' ? cell : ' ---: ')).replace(/^\| ---: /, '| --- '), ...rows].join(
    '\n',
  );
}

function render(current, baseline) {
  const [smallStream, largeStream] = current.stream;
  const [smallType, largeType] = current.typing;
  const streamRatio = largeStream.perDelta / smallStream.perDelta;
  const typeRatio = largeType.perKey / smallType.perKey;
  const streamRows = current.stream.map((row, index) => {
    const before = baseline?.stream[index];
    return `| ~${kb(row.size)} (preview ${kb(row.textLength)}) | ${row.perDelta.toFixed(2)} | ${row.median.toFixed(2)} | ${row.deltas} | ${before ? before.perDelta.toFixed(2) : '—'} |`;
  });
  const typeRows = current.typing.map((row, index) => {
    const before = baseline?.typing[index];
    return `| ${kb(row.size)} | ${row.perKey.toFixed(2)} | ${row.median.toFixed(2)} | ${before ? before.perKey.toFixed(2) : '—'} |`;
  });
  const baselineStreamRatio = baseline ? baseline.stream[1].perDelta / baseline.stream[0].perDelta : null;
  const baselineTypeRatio = baseline ? baseline.typing[1].perKey / baseline.typing[0].perKey : null;
  return [
    '## Live page',
    '',
    `\`node bench/live-page/run.mjs\` (${current.date}): the built app (\`next start\`, SQLite) and Debian Chromium ${current.browser} headless, 1280×900, on this shared 2-core machine. Main-thread time is CDP \`Performance.getMetrics\` ScriptDuration + LayoutDuration + RecalcStyleDuration of the page's renderer, read before and after each burst. The baseline columns are the same bench on ${baseline ? `commit ${baseline.commit} (${baseline.date}), before this work` : '— (none recorded)'}.`,
    '',
    `Streaming: the fake model (tests/fixtures/fake-anthropic) writes a long post; a first round jumps to about 2 KB short of the size and stops at max_tokens, then the continuation streams ${CHUNK}-character deltas every ${DELTA_MS} ms. The page opens, settles ${SETTLE_MS / 1000} s, then ${BURSTS} bursts of ${BURST_MS / 1000} s are measured; a delta is one \`delta\` event the page received. Goal: ~140 KB within ${TARGET_RATIO}× of ~10 KB and under ${TARGET_DELTA_MS} ms (a quarter of a 16 ms frame).`,
    '',
    table('| post | ms per delta (mean) | median of bursts | deltas | baseline ms per delta |', streamRows),
    '',
    `- 140 KB / 10 KB: **${ratioCell(streamRatio, TARGET_RATIO)}**${baselineStreamRatio ? ` (baseline ${baselineStreamRatio.toFixed(2)}×)` : ''}; 140 KB per delta ${largeStream.perDelta.toFixed(2)} ms: ${largeStream.perDelta < TARGET_DELTA_MS ? 'under' : '**over**'} ${TARGET_DELTA_MS} ms.`,
    '',
    `Typing: a draft of that size opened in the editor (split view: CodeMirror, the preview, the SEO panel, the word counts); the caret put on a line in the middle, the page settled, then ${BURSTS} bursts of ${KEYSTROKES} keystrokes ${KEY_GAP_MS} ms apart, each burst measured to 300 ms after its last key.`,
    '',
    table('| body | ms per keystroke (mean) | median of bursts | baseline ms per keystroke |', typeRows),
    '',
    `- 150 KB / 10 KB: **${ratioCell(typeRatio, TARGET_RATIO)}**${baselineTypeRatio ? ` (baseline ${baselineTypeRatio.toFixed(2)}×)` : ''}.`,
    '',
    'Absolute times move with the load of this shared machine (other work on its two cores, the app server included); the ratios, measured in one run, are the figures to compare.',
    '',
    "The component alone is `bench/preview` (## Streaming preview): the whole page's figures include it, React's commits of the rest of the page, style and layout.",
    '',
    'What grew with the text in the baseline, and what replaced it:',
    '- the word count lexed the whole body on every render (live status, editor header and stats): `countWords` now counts by the',
    "  preview's blocks and remembers finished ones, so a delta or a keystroke lexes only the block that changed;",
    "- style, layout and the compositor's work covered the whole preview: finished blocks sit in one `content-visibility: auto` box per",
    '  group, so off-screen text is skipped (per block, Chrome spent the time watching 3,000 boxes for coming into view instead);',
    '- the editor serialised the whole post to localStorage and rescored SEO on every keystroke: both now wait for a pause in typing',
    '  (the backup is also written when the page is hidden); the live fields and status re-render only when theirs change.',
  ].join('\n');
}

const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-bench-live-'));
spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const fake = await startFakeAnthropic({ port: FAKE_PORT });
const app = startApp({
  port: PORT,
  databaseUrl: `file:${path.join(dir, 'live.db')}`,
  env: {
    ANTHROPIC_API_KEY: 'bench',
    ANTHROPIC_BASE_URL: fake.url,
    GENERATION_MAX_TOKENS: '100000',
    GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
  },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await waitHealthy(base);
  const stream = [];
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  for (const size of only === 'typing' ? [] : STREAM_SIZES) {
    stream.push(await measureStream(browser, fake, size));
    console.log('stream', stream.at(-1));
  }
  const typing = [];
  for (const size of only === 'stream' ? [] : EDITOR_SIZES) {
    typing.push(await measureTyping(browser, size));
    console.log('typing', typing.at(-1));
  }
  const current = { date: today(), commit: currentCommit(), browser: browser.version(), stream, typing };
  const baseline = baselineFor('live-page', current);
  // A partial run (--only) is for looking into one figure: it leaves RESULTS.md alone.
  if (!only) {
    const section = render(current, baseline);
    writeResultsSection(section);
    console.log(section);
  }
} finally {
  await browser.close();
  process.kill(-app.pid, 'SIGTERM');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}

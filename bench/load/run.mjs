// A bounded load test on loopback only: the list and draft endpoints under 20 concurrent clients for a
// fixed time each, then 50 viewers on one live generation. Reports throughput, p50/p99 and errors.
// Usage: node bench/load/run.mjs   (writes "## Load" in bench/RESULTS.md)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeAnthropic } from '../../tests/fixtures/fake-anthropic/server.mjs';
import { startApp, waitHealthy } from '../app.mjs';
import { writeResultsSection } from '../results-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const portArg = process.argv.indexOf('--port');
const PORT = portArg === -1 ? 3394 : Number(process.argv[portArg + 1]);
const base = `http://127.0.0.1:${PORT}`;
const CLIENTS = 20;
const SECONDS = 5;
const VIEWERS = 50;
const SEED_DRAFTS = 200;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** CLIENTS loops hitting `url` back to back until the time is up; every non-2xx or failure is an error. */
async function hammer(url) {
  const latencies = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          const response = await fetch(url);
          await response.arrayBuffer();
          if (!response.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return {
    requests: latencies.length,
    perSecond: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

async function viewer(url) {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok) return { ok: false, ms: performance.now() - started };
  const text = await response.text();
  return { ok: /event: done/.test(text), ms: performance.now() - started };
}

const fake = await startFakeAnthropic();
const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-bench-load-'));
spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const app = startApp({
  port: PORT,
  databaseUrl: `file:${path.join(dir, 'load.db')}`,
  env: {
    ANTHROPIC_API_KEY: 'bench',
    ANTHROPIC_BASE_URL: fake.url,
    GENERATION_RATE_LIMIT_PER_MINUTE: '10000',
    GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '10000',
    MAX_CONCURRENT_GENERATIONS: '1000',
  },
});
try {
  await waitHealthy(base);
  fake.setDefault({
    kind: 'stream',
    text: 'TITLE: Seed\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\n## Body\n\nText.\n-EndOFText-',
    chunkSize: 400,
  });
  const ids = [];
  for (let index = 0; index < SEED_DRAFTS; index++) {
    const response = await fetch(`${base}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topic: `Seed ${index}` }),
    });
    ids.push((await response.json()).id);
  }
  const list = await hammer(`${base}/api/drafts?limit=20`);
  const one = await hammer(`${base}/api/drafts/${ids[Math.floor(ids.length / 2)]}`);

  fake.setDefault({
    kind: 'stream',
    text: `TITLE: Live\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\n${'Word '.repeat(3000)}\n-EndOFText-`,
    chunkSize: 40,
    delayMs: 5,
  });
  const live = await (
    await fetch(`${base}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topic: 'Live one' }),
    })
  ).json();
  const viewers = await Promise.all(Array.from({ length: VIEWERS }, () => viewer(`${base}/api/drafts/${live.id}/stream?offset=0`)));
  const complete = viewers.filter((result) => result.ok).length;

  const row = (name, result) =>
    `| ${name} | ${result.requests.toLocaleString('en')} | ${result.perSecond.toFixed(0)}/s | ${result.p50.toFixed(1)} ms | ${result.p99.toFixed(1)} ms | ${result.errors} |`;
  const body = [
    '## Load',
    '',
    `\`node bench/load/run.mjs\` (${new Date().toISOString().slice(0, 10)}, 2 cores, loopback only): ${CLIENTS} concurrent clients for ${SECONDS} s per endpoint against \`next start\` with ${SEED_DRAFTS} drafts, then ${VIEWERS} viewers following one live generation from its start to its end. Bounded in count and time; no target but zero errors.`,
    '',
    '| endpoint | requests | throughput | p50 | p99 | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('GET /api/drafts?limit=20', list),
    row('GET /api/drafts/:id', one),
    '',
    `Stream viewers: ${complete} of ${VIEWERS} received the whole post and its \`done\` event (${VIEWERS - complete} errors); slowest finished in ${(Math.max(...viewers.map((result) => result.ms)) / 1000).toFixed(1)} s.`,
  ].join('\n');
  writeResultsSection(body);
  console.log(body);
  if (list.errors + one.errors + (VIEWERS - complete) > 0) process.exitCode = 1;
} finally {
  process.kill(-app.pid, 'SIGTERM');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}

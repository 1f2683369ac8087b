// Server streaming under load: 20 concurrent generations from the fake model at ~200 deltas/s each, 3
// viewers each. The fake model notes when it sends each delta;
// viewers note when it arrives: the difference is the latency the app adds. Also CPU and peak RSS of the
// app process. Usage: node bench/server/run.mjs   (writes "## Server streaming" in bench/RESULTS.md)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeAnthropic } from '../../tests/fixtures/fake-anthropic/server.mjs';
import { startApp, waitHealthy } from '../app.mjs';
import { writeResultsSection } from '../results-file.mjs';
import {
  DELTA_MS,
  DELTAS,
  markerStamper,
  nextServerPid,
  peakRssMb,
  percentile,
  postText,
  processCpuMs,
  TOKEN,
  watch,
} from '../streaming.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATIONS = 20;
const VIEWERS = 3;
const portArg = process.argv.indexOf('--port');
const PORT = portArg === -1 ? 3392 : Number(process.argv[portArg + 1]);
const sentAt = new Map();
const fake = await startFakeAnthropic({ onTextSent: markerStamper(sentAt) });
const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-bench-server-'));
spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const app = startApp({
  port: PORT,
  databaseUrl: `file:${path.join(dir, 'bench.db')}`,
  env: {
    ANTHROPIC_API_KEY: 'bench',
    ANTHROPIC_BASE_URL: fake.url,
    GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
    MAX_CONCURRENT_GENERATIONS: '100',
    GENERATION_CONCURRENCY: '100',
  },
});
const base = `http://127.0.0.1:${PORT}`;
try {
  await waitHealthy(base);
  const serverPid = nextServerPid(app.pid);
  fake.setDefault((request) => {
    const index = Number(/Bench topic (\d+)/.exec(request.text)?.[1] ?? 0);
    return { kind: 'stream', text: postText(index), chunkSize: TOKEN(0, 0).length, delayMs: DELTA_MS };
  });
  const startPost = async (index) => {
    const response = await fetch(`${base}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topic: `Bench topic ${index}` }),
    });
    return (await response.json()).id;
  };
  // A server that has run a while: it has written a post and served its viewer before anything is measured (route
  // modules loaded, queries compiled), so the figures are not those of a cold start.
  await watch(`${base}/api/drafts/${await startPost(GENERATIONS)}/stream?offset=0`, []);
  const cpuBefore = processCpuMs(serverPid);
  const started = performance.now();
  const arrivals = [];
  const drafts = await Promise.all(Array.from({ length: GENERATIONS }, (_, index) => startPost(index)));
  let everyStreamOpen = 0;
  await Promise.all(
    drafts.flatMap((id) =>
      Array.from({ length: VIEWERS }, () => {
        const connectedAt = performance.now();
        return watch(`${base}/api/drafts/${id}/stream?offset=0`, arrivals, (ms) => {
          everyStreamOpen = Math.max(everyStreamOpen, connectedAt + ms);
        });
      }),
    ),
  );
  const wallMs = performance.now() - started;
  const cpuMs = processCpuMs(serverPid) - cpuBefore;
  // Text sent before a viewer connected is catch-up, not live latency; what was sent while the 60 requests were being
  // answered counts in the whole request, not in the live deltas.
  const latencies = { all: [], live: [] };
  for (const arrival of arrivals) {
    const sent = sentAt.get(arrival.key);
    if (sent === undefined || sent < arrival.connectedAt) continue;
    latencies.all.push(arrival.at - sent);
    if (sent > everyStreamOpen) latencies.live.push(arrival.at - sent);
  }
  const body = [
    `\`node bench/server/run.mjs\` (${new Date().toISOString().slice(0, 10)}, 2 cores): ${GENERATIONS} generations at once from the fake model, ${DELTAS} deltas each every ${DELTA_MS} ms (~${Math.round(1000 / DELTA_MS)}/s), ${VIEWERS} viewers on each (${GENERATIONS * VIEWERS} event streams), all connecting as the posts start, on SQLite, after one post written and watched (no cold start in the figures).`,
    "Latency is from the moment the fake model sends a delta to the moment a viewer receives it; it includes the server batching deltas for at most 30 ms. *Live*: the markers sent once every viewer's stream was open; *whole request*: every marker sent after its viewer connected, those sent while the 60 requests were being answered included (bench/instances splits these further).",
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| markers received by viewers (live / whole request / all) | ${latencies.live.length.toLocaleString('en')} / ${latencies.all.length.toLocaleString('en')} / ${arrivals.length.toLocaleString('en')} |`,
    `| added latency, live p50 | ${percentile(latencies.live, 50).toFixed(1)} ms |`,
    `| added latency, live p99 | ${percentile(latencies.live, 99).toFixed(1)} ms |`,
    `| added latency, whole request p50 | ${percentile(latencies.all, 50).toFixed(1)} ms |`,
    `| added latency, whole request p99 | ${percentile(latencies.all, 99).toFixed(1)} ms |`,
    `| wall time | ${(wallMs / 1000).toFixed(1)} s |`,
    `| app CPU | ${(cpuMs / 1000).toFixed(1)} s (${((cpuMs / wallMs) * 100).toFixed(0)}% of one core) |`,
    `| app peak RSS | ${peakRssMb(serverPid).toFixed(0)} MB |`,
  ].join('\n');
  writeResultsSection(`## Server streaming\n\n${body}`);
  console.log(body);
} finally {
  process.kill(-app.pid, 'SIGTERM');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}

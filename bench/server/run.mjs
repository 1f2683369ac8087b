// Server streaming under load: 20 concurrent generations from the fake model at ~200 deltas/s each, 3
// viewers each. A recording proxy between the app and the fake notes when each delta leaves the "model";
// viewers note when it arrives: the difference is the latency the app adds. Also CPU and peak RSS of the
// app process. Usage: node bench/server/run.mjs   (writes "## Server streaming" in bench/RESULTS.md)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeAnthropic } from '../../tests/fixtures/fake-anthropic/server.mjs';
import { startApp, waitHealthy } from '../app.mjs';
import { writeResultsSection } from '../results-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATIONS = 20;
const VIEWERS = 3;
const DELTAS = 600;
const DELTA_MS = 5;
const portArg = process.argv.indexOf('--port');
const PORT = portArg === -1 ? 3392 : Number(process.argv[portArg + 1]);
// Every marker is unique across all posts, so the proxy's stamp and the viewers' arrivals can be matched.
// ASCII, so it reads the same inside JSON-encoded events on both sides.
const TOKEN = (post, n) => `[[${String(post).padStart(2, '0')}-${String(n).padStart(5, '0')}]] `;
const MARKER = /\[\[(\d{2}-\d{5})\]\]/g;

function postText(index) {
  let body = '';
  for (let n = 0; n < DELTAS; n++) body += TOKEN(index, n);
  return `TITLE: Load ${index}\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\n${body}\n-EndOFText-`;
}

/** Forwards to the fake and stamps the moment each marker passes on its way to the app. */
function startRecordingProxy(targetUrl, sentAt) {
  const target = new URL(targetUrl);
  const server = createServer((incoming, outgoing) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        // Markers can straddle two deltas: rebuild the streamed text from the events, then look for them.
        let pending = '';
        let text = '';
        let scanned = 0;
        response.on('data', (chunk) => {
          const now = performance.now();
          pending += chunk.toString('utf8');
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) {
            if (!line.startsWith('data: ')) continue;
            const delta = JSON.parse(line.slice(6)).delta;
            if (delta?.type === 'text_delta') text += delta.text;
          }
          for (const match of text.slice(scanned).matchAll(MARKER)) {
            if (!sentAt.has(match[1])) sentAt.set(match[1], now);
          }
          scanned = Math.max(scanned, text.length - 14);
          outgoing.write(chunk);
        });
        response.on('end', () => outgoing.end());
      },
    );
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function processCpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function peakRssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmHWM:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

function nextServerPid(parentPid) {
  const children = spawnSync('pgrep', ['-P', String(parentPid)], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean);
  return Number(children[0] ?? parentPid);
}

async function watch(url, arrivals) {
  const connectedAt = performance.now();
  const response = await fetch(url);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  while (true) {
    const { done, value } = await reader.read();
    if (done) return;
    const now = performance.now();
    buffer += decoder.decode(value, { stream: true });
    // The final `done` event carries the whole draft: only delta events count.
    const doneAt = buffer.search(/event: (done|error)/);
    const ended = doneAt !== -1;
    if (ended) buffer = buffer.slice(0, doneAt);
    let counted = 0;
    for (const match of buffer.matchAll(MARKER)) {
      arrivals.push({ key: match[1], at: now, connectedAt });
      counted = match.index + match[0].length;
    }
    // What follows the last whole marker may hold half of the next one.
    buffer = counted > 0 ? buffer.slice(counted) : buffer.slice(-14);
    if (ended) return;
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

const fake = await startFakeAnthropic();
const sentAt = new Map();
const proxy = await startRecordingProxy(fake.url, sentAt);
const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-bench-server-'));
spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const app = startApp({
  port: PORT,
  databaseUrl: `file:${path.join(dir, 'bench.db')}`,
  env: {
    ANTHROPIC_API_KEY: 'bench',
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${proxy.address().port}`,
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
  const cpuBefore = processCpuMs(serverPid);
  const started = performance.now();
  const arrivals = [];
  const drafts = await Promise.all(
    Array.from({ length: GENERATIONS }, async (_, index) => {
      const response = await fetch(`${base}/api/drafts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ topic: `Bench topic ${index}` }),
      });
      return (await response.json()).id;
    }),
  );
  await Promise.all(
    drafts.flatMap((id) => Array.from({ length: VIEWERS }, () => watch(`${base}/api/drafts/${id}/stream?offset=0`, arrivals))),
  );
  const wallMs = performance.now() - started;
  const cpuMs = processCpuMs(serverPid) - cpuBefore;
  // Text sent before a viewer connected is catch-up, not live latency.
  const latencies = arrivals.flatMap((arrival) => {
    const sent = sentAt.get(arrival.key);
    return sent === undefined || sent < arrival.connectedAt ? [] : [arrival.at - sent];
  });
  const body = [
    `\`node bench/server/run.mjs\` (${new Date().toISOString().slice(0, 10)}, 2 cores): ${GENERATIONS} generations at once from the fake model, ${DELTAS} deltas each every ${DELTA_MS} ms (~${Math.round(1000 / DELTA_MS)}/s), ${VIEWERS} viewers on each (${GENERATIONS * VIEWERS} event streams).`,
    'Latency is from the moment a delta leaves the fake model (a recording proxy) to the moment a viewer receives it; it includes the server batching deltas for at most 30 ms.',
    '',
    '| figure | value |',
    '| --- | ---: |',
    `| markers received by viewers (live / all) | ${latencies.length.toLocaleString('en')} / ${arrivals.length.toLocaleString('en')} |`,
    `| added latency p50 | ${percentile(latencies, 50).toFixed(1)} ms |`,
    `| added latency p99 | ${percentile(latencies, 99).toFixed(1)} ms |`,
    `| wall time | ${(wallMs / 1000).toFixed(1)} s |`,
    `| app CPU | ${(cpuMs / 1000).toFixed(1)} s (${((cpuMs / wallMs) * 100).toFixed(0)}% of one core) |`,
    `| app peak RSS | ${peakRssMb(serverPid).toFixed(0)} MB |`,
  ].join('\n');
  writeResultsSection(`## Server streaming\n\n${body}`);
  console.log(body);
} finally {
  process.kill(-app.pid, 'SIGTERM');
  proxy.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}

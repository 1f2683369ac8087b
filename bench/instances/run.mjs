// Two instances on one PostgreSQL database against one, in the same run: 20 generations × 3 viewers on one
// instance, then 20 generations started on both with their viewers spread over both (two of three on the other
// instance for half of them), through a recording proxy in front of the fake model (bench/streaming.mjs); then
// the bytes PostgreSQL writes (WAL) for one post of each of several lengths. Needs PostgreSQL (as the test lane
// finds it). Usage: node bench/instances/run.mjs   (writes "## Two instances" in bench/RESULTS.md)
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startFakeAnthropic } from '../../tests/fixtures/fake-anthropic/server.mjs';
import { findPostgresServer } from '../../tests/postgres/server.mjs';
import { startApp, waitHealthy } from '../app.mjs';
import { writeResultsSection } from '../results-file.mjs';
import { DELTA_MS, DELTAS, percentile, postText, startRecordingProxy, TOKEN, watch } from '../streaming.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATIONS = 20;
const VIEWERS = 3;
const PORTS = [3394, 3395];
const LENGTHS = [10_000, 20_000, 40_000, 80_000];

const server = await findPostgresServer();
if ('skipped' in server) {
  console.log(`bench/instances SKIPPED: no PostgreSQL server (${server.skipped}).`);
  process.exit(0);
}
const databaseName = `${process.env.BENCH_DATABASE_PREFIX ?? 'postsmith_bench_'}instances_${process.pid}`;
const databaseUrl = (() => {
  const url = new URL(server.url);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

async function sql(url, text, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const fake = await startFakeAnthropic();
const sentAt = new Map();
const proxy = await startRecordingProxy(fake.url, sentAt);
fake.setDefault((request) => {
  const bytes = /Bytes topic (\d+)/.exec(request.text);
  if (bytes) {
    const length = Number(bytes[1]);
    // Words from a fixed pseudo-random sequence: text PostgreSQL cannot compress away when it stores it.
    let seed = length;
    let body = '';
    while (body.length < length) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      body += `${seed.toString(36)} `;
    }
    body = body.slice(0, length);
    return {
      kind: 'stream',
      text: `TITLE: Bytes\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\n${body}\n-EndOFText-`,
      chunkSize: 100,
      delayMs: 2,
    };
  }
  const index = Number(/Bench topic (\d+)/.exec(request.text)?.[1] ?? 0);
  return { kind: 'stream', text: postText(index), chunkSize: TOKEN(0, 0).length, delayMs: DELTA_MS };
});
spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
await sql(server.url, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
await sql(server.url, `CREATE DATABASE "${databaseName}"`);

function startInstance(port) {
  return startApp({
    port,
    databaseUrl,
    env: {
      ANTHROPIC_API_KEY: 'bench',
      ANTHROPIC_BASE_URL: `http://127.0.0.1:${proxy.address().port}`,
      GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
      GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '1000',
      MAX_CONCURRENT_GENERATIONS: '100',
      GENERATION_CONCURRENCY: '100',
    },
  });
}

async function startPost(base, topic) {
  const response = await fetch(`${base}/api/drafts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topic }),
  });
  return (await response.json()).id;
}

/** Starts generation i on `startOn(i)` with viewer v on `viewOn(i, v)`; the latencies of live markers, by where they were watched. */
async function round(first, startOn, viewOn) {
  const arrivals = { same: [], other: [] };
  const ids = await Promise.all(Array.from({ length: GENERATIONS }, (_, i) => startPost(startOn(i), `Bench topic ${first + i}`)));
  await Promise.all(
    ids.flatMap((id, i) =>
      Array.from({ length: VIEWERS }, (_, v) => {
        const base = viewOn(i, v);
        return watch(`${base}/api/drafts/${id}/stream?offset=0`, base === startOn(i) ? arrivals.same : arrivals.other);
      }),
    ),
  );
  const live = (list) =>
    list.flatMap((arrival) => {
      const sent = sentAt.get(arrival.key);
      return sent === undefined || sent < arrival.connectedAt ? [] : [arrival.at - sent];
    });
  return { same: live(arrivals.same), other: live(arrivals.other) };
}

const apps = PORTS.map(startInstance);
const [a, b] = PORTS.map((port) => `http://127.0.0.1:${port}`);
try {
  for (const base of [a, b]) await waitHealthy(base);
  const loadBefore = loadavg()[0];
  const one = await round(
    0,
    () => a,
    () => a,
  );
  const two = await round(
    GENERATIONS,
    (i) => (i % 2 === 0 ? a : b),
    (i, v) => ((i + v) % 2 === 0 ? a : b),
  );
  const both = [...two.same, ...two.other];

  const writes = [];
  for (const length of LENGTHS) {
    const [before] = await sql(databaseUrl, 'SELECT pg_current_wal_lsn() AS lsn');
    const id = await startPost(a, `Bytes topic ${length}`);
    await watch(`${a}/api/drafts/${id}/stream?offset=0`, []);
    const [after] = await sql(databaseUrl, 'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS bytes', [before.lsn]);
    writes.push({ length, bytes: Number(after.bytes) });
  }

  const loadAfter = loadavg()[0];
  const row = (label, values) =>
    `| ${label} | ${values.length.toLocaleString('en')} | ${percentile(values, 50).toFixed(1)} ms | ${percentile(values, 99).toFixed(1)} ms |`;
  const body = [
    `\`node bench/instances/run.mjs\` (${new Date().toISOString().slice(0, 10)}, 2 cores shared, PostgreSQL on loopback): ${GENERATIONS} generations at once, ${DELTAS} deltas each every ${DELTA_MS} ms, ${VIEWERS} viewers each; latency from the moment a delta leaves the fake model to the moment a viewer receives it (it includes the 30 ms batching, and for a viewer on the other instance the owner's 30 ms NOTIFY batching).`,
    `Other work on the machine counts: its load average was ${loadBefore.toFixed(1)} when the run started and ${loadAfter.toFixed(1)} when it ended (2 cores). A viewer on the other instance that connects after text was sent but before it was checkpointed sees a gap, filled from the log at the next checkpoint (GENERATION_CHECKPOINT_MS, 1 s): that is its p99.`,
    '',
    '| setup | live markers | added latency p50 | p99 |',
    '| --- | ---: | ---: | ---: |',
    row('one instance, all viewers on it', [...one.same, ...one.other]),
    row('two instances, every viewer', both),
    row('… viewers on the instance writing the post', two.same),
    row('… viewers on the other instance (LISTEN/NOTIFY)', two.other),
    '',
    'Bytes PostgreSQL wrote (WAL, the whole server: other work on it counts too) for one post, written alone, checkpointed every second and every 2,048 characters:',
    '',
    '| post length | WAL bytes | per character |',
    '| ---: | ---: | ---: |',
    ...writes.map(
      ({ length, bytes }) => `| ${length.toLocaleString('en')} | ${bytes.toLocaleString('en')} | ${(bytes / length).toFixed(1)} |`,
    ),
  ].join('\n');
  writeResultsSection(`## Two instances\n\n${body}`);
  console.log(body);
} finally {
  for (const app of apps) process.kill(-app.pid, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  proxy.close();
  await fake.close();
  await sql(server.url, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}

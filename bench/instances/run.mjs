// Two instances on one PostgreSQL database against one, in the same run: 20 generations × 3 viewers on one
// instance, then 20 generations started on both with their viewers spread over both (two of three on the other
// instance for half of them), the fake model stamping when it sends each marker (bench/streaming.mjs); then
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
import { DELTA_MS, DELTAS, markerStamper, nextServerPid, percentile, postText, processCpuMs, TOKEN, watch } from '../streaming.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATIONS = 20;
const VIEWERS = 3;
const portArg = process.argv.indexOf('--port');
const firstPort = portArg === -1 ? 3394 : Number(process.argv[portArg + 1]);
// The second instance 10 ports up: bench/run.mjs gives each bench one port from BENCH_PORT_BASE.
const PORTS = [firstPort, firstPort + 10];
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

const sentAt = new Map();
const fake = await startFakeAnthropic({ onTextSent: markerStamper(sentAt) });
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
      ANTHROPIC_BASE_URL: fake.url,
      GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
      GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '1000',
      MAX_CONCURRENT_GENERATIONS: '100',
      GENERATION_CONCURRENCY: '100',
    },
  });
}

// The last round is signed in, as a team's instances are: every request carries the owner's session cookie.
let signedIn = {};

async function startPost(base, topic) {
  const response = await fetch(`${base}/api/drafts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedIn },
    body: JSON.stringify({ topic }),
  });
  return (await response.json()).id;
}

/**
 * Starts generation i on `startOn(i)` with viewer v on `viewOn(i, v)`. By where they were watched (`same`: the
 * instance writing the post, `other`: the other one): the latency of every marker sent after its viewer connected
 * (`all`), of those sent once its response had begun (`open`), of those sent once every viewer's response in the
 * round had begun (`live`: the deltas of a stream that is open, with no other viewer still connecting), and per
 * viewer the time its response took to begin (`begin`).
 */
async function round(first, startOn, viewOn) {
  const sides = {
    same: { all: [], open: [], live: [], begin: [] },
    other: { all: [], open: [], live: [], begin: [] },
  };
  // The live markers of both sides by when they were sent: the first 500 ms after every stream was open, the last
  // 500 ms of the round (the posts finishing, all at about the same time here), and between.
  const phases = { opened: [], steady: [], finishing: [] };
  const live = [];
  const viewers = [];
  const ids = await Promise.all(Array.from({ length: GENERATIONS }, (_, i) => startPost(startOn(i), `Bench topic ${first + i}`)));
  await Promise.all(
    ids.flatMap((id, i) =>
      Array.from({ length: VIEWERS }, async (_, v) => {
        const base = viewOn(i, v);
        const viewer = { side: sides[base === startOn(i) ? 'same' : 'other'], arrivals: [], begin: 0, openedAt: 0 };
        viewers.push(viewer);
        const connectedAt = performance.now();
        await watch(
          `${base}/api/drafts/${id}/stream?offset=0`,
          viewer.arrivals,
          (ms) => {
            viewer.begin = ms;
            viewer.openedAt = connectedAt + ms;
          },
          signedIn,
        );
      }),
    ),
  );
  const everyStreamOpen = Math.max(...viewers.map((viewer) => viewer.openedAt));
  for (const { side, arrivals, begin, openedAt } of viewers) {
    side.begin.push(begin);
    for (const arrival of arrivals) {
      const sent = sentAt.get(arrival.key);
      if (sent === undefined || sent < arrival.connectedAt) continue;
      side.all.push(arrival.at - sent);
      if (sent > openedAt) side.open.push(arrival.at - sent);
      if (sent > everyStreamOpen) {
        side.live.push(arrival.at - sent);
        live.push({ sent, latency: arrival.at - sent });
      }
    }
  }
  const lastSent = Math.max(...live.map(({ sent }) => sent));
  for (const { sent, latency } of live) {
    const phase = sent < everyStreamOpen + 500 ? 'opened' : sent > lastSent - 500 ? 'finishing' : 'steady';
    phases[phase].push(latency);
  }
  return { ...sides, phases };
}

const CALIBRATION_REQUESTS = 200;

/** Per request: the mean time of `CALIBRATION_REQUESTS` sent one after another, then the time 60 sent at once took. */
async function requestCost(url) {
  const one = async () => (await fetch(url)).arrayBuffer();
  await one();
  let started = performance.now();
  for (let n = 0; n < CALIBRATION_REQUESTS; n++) await one();
  const sequential = (performance.now() - started) / CALIBRATION_REQUESTS;
  started = performance.now();
  await Promise.all(Array.from({ length: 60 }, one));
  return `${sequential.toFixed(1)} ms each, 60 at once ${(performance.now() - started).toFixed(0)} ms`;
}

async function calibrate(base) {
  const id = await startPost(base, `Bench topic ${2 * GENERATIONS + 2}`);
  await watch(`${base}/api/drafts/${id}/stream?offset=0`, []);
  return { staticFile: await requestCost(`${base}/icon.svg`), stream: await requestCost(`${base}/api/drafts/${id}/stream?offset=0`) };
}

/** CPU time (ms) the `next start` servers below `apps` used while `work` ran, and this process (the fake model, the viewers). */
async function cpuDuring(apps, work) {
  const pids = apps.map((app) => nextServerPid(app.pid));
  const before = pids.map(processCpuMs);
  const benchBefore = process.cpuUsage();
  const result = await work();
  const bench = process.cpuUsage(benchBefore);
  return { result, cpuMs: pids.map((pid, i) => processCpuMs(pid) - before[i]), benchCpuMs: (bench.user + bench.system) / 1000 };
}

const apps = PORTS.map(startInstance);
const [a, b] = PORTS.map((port) => `http://127.0.0.1:${port}`);
try {
  for (const base of [a, b]) await waitHealthy(base);
  // A server that has run a while: each instance has served a post and its viewers (route modules loaded, queries
  // compiled) before anything is measured, so the figures are not those of a cold start.
  await Promise.all(
    [a, b].map(async (base, i) => {
      const id = await startPost(base, `Bench topic ${2 * GENERATIONS + i}`);
      await Promise.all([a, b].map((viewer) => watch(`${viewer}/api/drafts/${id}/stream?offset=0`, [])));
    }),
  );
  const calibration = await calibrate(a);
  const loadBefore = loadavg()[0];
  const one = await cpuDuring(apps, () =>
    round(
      0,
      () => a,
      () => a,
    ),
  );
  const two = await cpuDuring(apps, () =>
    round(
      GENERATIONS,
      (i) => (i % 2 === 0 ? a : b),
      (i, v) => ((i + v) % 2 === 0 ? a : b),
    ),
  );
  /** Both sides of a round's viewers together, figure by figure. */
  const bothSides = ({ same, other }) =>
    Object.fromEntries(['live', 'all', 'open', 'begin'].map((key) => [key, [...same[key], ...other[key]]]));

  // What the rounds left for autovacuum is done first, so that it does not run (and write WAL) during a post.
  await sql(databaseUrl, 'VACUUM');
  const writes = [];
  for (const length of LENGTHS) {
    const [before] = await sql(databaseUrl, 'SELECT pg_current_wal_lsn() AS lsn');
    const id = await startPost(a, `Bytes topic ${length}`);
    await watch(`${a}/api/drafts/${id}/stream?offset=0`, []);
    const [after] = await sql(databaseUrl, 'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS bytes', [before.lsn]);
    writes.push({ length, bytes: Number(after.bytes) });
  }

  // Accounts: the owner signs up on A, and the two-instance round runs again with every request signed in (the proxy
  // looks the session up, once per request).
  const setup = await fetch(`${a}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Owner', email: 'owner@bench.example', password: 'a long bench password' }),
  });
  if (setup.status !== 201) throw new Error(`setting up the owner failed: ${setup.status} ${await setup.text()}`);
  signedIn = {
    cookie: setup.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; '),
  };
  const accounts = await cpuDuring(apps, () =>
    round(
      2 * GENERATIONS + 3,
      (i) => (i % 2 === 0 ? a : b),
      (i, v) => ((i + v) % 2 === 0 ? a : b),
    ),
  );
  const signedInSides = bothSides(accounts.result);

  const loadAfter = loadavg()[0];
  const ms = (values, p) => `${percentile(values, p).toFixed(1)} ms`;
  const row = (label, side, cpuMs) =>
    `| ${label} | ${side.live.length.toLocaleString('en')} | ${ms(side.live, 50)} | ${ms(side.live, 99)} | ${side.all.length.toLocaleString('en')} | ${ms(side.all, 50)} | ${ms(side.all, 99)} | ${ms(side.open, 50)} | ${ms(side.open, 99)} | ${ms(side.begin, 50)} | ${ms(side.begin, 99)} | ${cpuMs} |`;
  const twoSides = bothSides(two.result);
  const liveMet = [one.result.same.live, twoSides.live, signedInSides.live].every((values) => percentile(values, 99) < 50);
  const cpu = (values) => `${(values.reduce((sum, value) => sum + value, 0) / 1000).toFixed(1)} s`;
  const body = [
    `\`node bench/instances/run.mjs\` (${new Date().toISOString().slice(0, 10)}, 2 cores shared, PostgreSQL on loopback): ${GENERATIONS} generations at once, ${DELTAS} deltas each every ${DELTA_MS} ms, ${VIEWERS} viewers each, all connecting as the posts start; each instance served one post and its viewers first (no cold start in the figures). Latency runs from the moment the fake model sends a delta (it stamps its own writes) to the moment a viewer receives it; it includes the 30 ms batching, and for a viewer on the other instance the owner's 30 ms NOTIFY batching. Goal: below 50 ms (p99).`,
    `*Live* counts the markers sent once every viewer's stream in the round was open: the added latency of the live deltas, with no viewer still connecting. *Whole request* counts every marker sent after its viewer connected, as the viewer feels it: those sent while the 60 requests were being answered arrive with the first text. *Stream open* counts those sent after the viewer's own response began, including while the other viewers were still connecting; *response began* is, per viewer, the time from sending its request to its response's headers (the 60 requests arrive at once, while the 20 posts start). *App CPU*: what the instances' \`next start\` processes used during the round, added up; the bench's own process (the fake model and the 60 viewers) used ${cpu([one.benchCpuMs])} and ${cpu([two.benchCpuMs])} on the same two cores. Other work on the machine counts: its load average was ${loadBefore.toFixed(1)} when the run started and ${loadAfter.toFixed(1)} when it ended (2 cores).`,
    '',
    '| setup | live markers | live p50 | live p99 | all markers | whole request p50 | p99 | stream open p50 | p99 | response began p50 | p99 | app CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('one instance, all viewers on it', one.result.same, cpu(one.cpuMs)),
    row('two instances, every viewer', twoSides, cpu(two.cpuMs)),
    row('… viewers on the instance writing the post', two.result.same, '—'),
    row('… viewers on the other instance (LISTEN/NOTIFY)', two.result.other, '—'),
    row('two instances, every request signed in (accounts)', signedInSides, cpu(accounts.cpuMs)),
    '',
    `Goal (added latency below 50 ms at p99, live): ${liveMet ? 'met' : '**NOT met**'}, ${ms(one.result.same.live, 99)} on one instance and ${ms(twoSides.live, 99)} on two (${ms(two.result.other.live, 99)} for the viewers on the other instance). Signed in (the last row: the owner account exists and every request carries its session cookie, which the proxy looks up for the route behind it), ${ms(signedInSides.live, 99)}. While the 60 viewers were still connecting, the whole-request p99 was ${ms(one.result.same.all, 99)} and ${ms(twoSides.all, 99)} (${ms(signedInSides.all, 99)} signed in): ${[one.result.same.all, twoSides.all, signedInSides.all].every((values) => percentile(values, 99) < 50) ? 'also below 50 ms' : '**not** below 50 ms (see Connecting)'}.`,
    '',
    'The live p99 by when the markers were sent:',
    '',
    '| setup | first 500 ms after every stream opened | between | last 500 ms (the posts finishing) |',
    '| --- | ---: | ---: | ---: |',
    ...[
      ['one instance', one.result.phases],
      ['two instances', two.result.phases],
      ['two instances, signed in', accounts.result.phases],
    ].map(
      ([label, phases]) =>
        `| ${label} | ${ms(phases.opened, 99)} (${phases.opened.length.toLocaleString('en')}) | ${ms(phases.steady, 99)} (${phases.steady.length.toLocaleString('en')}) | ${ms(phases.finishing, 99)} (${phases.finishing.length.toLocaleString('en')}) |`,
    ),
    '',
    `What one request costs here, on instance A before the rounds (${CALIBRATION_REQUESTS} one after another, then 60 at once): a static file (no proxy, no handler) ${calibration.staticFile}; the event stream of a finished draft (the proxy, the route, the draft read) ${calibration.stream}.`,
    '',
    'Where the time goes (V8 CPU profiles of both instances taken during runs of this bench, the tables above, and PostgreSQL statement logs):',
    '- Connecting. The 60 viewers arrive at once, as the 20 posts start. Each stream request costs Next.js milliseconds of CPU before and around the handler (routing, the proxy, request and response objects: the line above, where even a static file costs several), so the last responses begin a few hundred milliseconds after their requests (*response began*); asking the database whether an owner account exists, which the proxy and the route both do, is one query shared by the requests asking at the same moment (it was two queries per request, and connecting took twice as long). What the model wrote meanwhile reaches those viewers with their first text, as it should, but late: that is the whole-request p99, and no change to how the live text travels can bring it below 50 ms while 60 requests queue on one or two processes of a 2-core machine. The streams already open wait behind the same work, which is why the first 500 ms after the last one opened are the slowest live stretch.',
    "- The live text. Once every stream is open, a delta waits for its viewer's 30 ms batch and for whatever else the instance is doing: parsing the model's stream (the Anthropic SDK), writing event frames to 60 sockets about 33 times a second each, garbage collection. The checkpoints of every post on an instance share one clock and one INSERT per second (the statement log of one run: 58 append statements for its 47 posts, where there used to be about two per post per second). What follows a checkpoint (the list's fields, the slug) and a post's end transaction run one at a time per instance, yielding to the event loop between posts: started all at once on one tick, they had made that tick's deltas wait up to 146 ms. Twenty posts ending in the same half second still cost that stretch a few milliseconds (*last 500 ms*).",
    '- The other instance. A viewer there reads the log when it connects, asks the owner for what it has not checkpointed (answered at once through NOTIFY), then gets the live text as NOTIFY messages batched every 30 ms: a few milliseconds more than on the owner, and the two instances halve the load each carries.',
    '',
    'Bytes PostgreSQL wrote (WAL, the whole server: other work on it counts too) for one post, written alone, checkpointed every second:',
    '',
    '| post length | WAL bytes | per character | per character added (from the row above) |',
    '| ---: | ---: | ---: | ---: |',
    ...writes.map(
      ({ length, bytes }, i) =>
        `| ${length.toLocaleString('en')} | ${bytes.toLocaleString('en')} | ${(bytes / length).toFixed(1)} | ${i === 0 ? '—' : ((bytes - writes[i - 1].bytes) / (length - writes[i - 1].length)).toFixed(1)} |`,
    ),
    '',
    'Each post also costs a fixed amount whatever its length (creating the draft, its lease, its revision, the final save); the last column, the slope, is what each further character costs: it does not grow with the post.',
  ].join('\n');
  writeResultsSection(`## Two instances\n\n${body}`);
  console.log(body);
} finally {
  for (const app of apps) process.kill(-app.pid, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await fake.close();
  await sql(server.url, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}

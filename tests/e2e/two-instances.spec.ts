import pg from 'pg';
import { APP_PORT, FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { findPostgresServer, runSql } from '../postgres/server.mjs';
import { AppProcess } from './app-process';
import { expect, quickPost, test, uniqueTopic } from './fixtures';

// Two `next start` processes on one PostgreSQL database, as behind a load balancer: a generation is followed,
// stopped, resumed and, when its instance is killed, finished from either of them.

const LEASE_MS = 3_000;
const PASSWORD = 'two servers';
const bearer = { Authorization: `Bearer ${PASSWORD}` };
type StoredDraft = { id: string; status: string; raw: string; interruption: string | null };

function longPost(topic: string): string {
  const sections = Array.from({ length: 50 }, (_, index) => `## Part ${index + 1}\n\nPart ${index + 1} of ${topic}, in full.\n`);
  return [
    `TITLE: Two servers and ${topic}`,
    'META_DESCRIPTION: One post.',
    'TAGS: scale',
    'CATEGORIES: Tutorials',
    '',
    ...sections,
    '-EndOFText-',
  ].join('\n');
}

/** Reads a draft's event stream until it ends (`done` or `error`); the text from the asked offset, each delta placed at its own. */
async function watchToEnd(url: string): Promise<{ text: string; last: string }> {
  const from = Number(new URL(url).searchParams.get('offset') ?? 0);
  const response = await fetch(url, { headers: bearer });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let text = '';
  while (true) {
    const { done, value } = await reader.read();
    if (done) return { text, last: 'closed' };
    buffer += decoder.decode(value, { stream: true });
    const frames = buffer.split('\n\n');
    buffer = frames.pop() ?? '';
    for (const frame of frames) {
      const event = /^event: (.*)$/m.exec(frame)?.[1];
      if (event === 'delta') {
        const delta = JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { text: string; offset: number };
        const at = delta.offset - from;
        text = text.slice(0, Math.max(at, 0)) + delta.text.slice(Math.max(-at, 0));
      }
      if (event === 'done' || event === 'error') {
        await reader.cancel();
        return { text, last: event };
      }
    }
  }
}

let serverUrl = '';
let databaseName = '';
let a: AppProcess;
let b: AppProcess;

test.beforeAll(async () => {
  const server = await findPostgresServer();
  if ('skipped' in server) {
    console.warn(`two-instances.spec: SKIPPED, no PostgreSQL server: ${server.skipped}`);
    test.skip(true, `no PostgreSQL server: ${server.skipped}`);
    return;
  }
  serverUrl = server.url;
  databaseName = `${process.env.E2E_DATABASE_PREFIX ?? 'postsmith_e2e_'}instances_${process.pid}`;
  await runSql(serverUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await runSql(serverUrl, `CREATE DATABASE "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  const env = {
    DATABASE_URL: url.toString(),
    APP_PASSWORD: PASSWORD,
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
    GENERATION_CHECKPOINT_MS: '300',
    GENERATION_LEASE_MS: String(LEASE_MS),
    GENERATION_RATE_LIMIT_PER_MINUTE: '1000',
    GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '1000',
    MAX_CONCURRENT_GENERATIONS: '100',
    GENERATION_CONCURRENCY: '3',
  };
  a = new AppProcess(APP_PORT + 2, env);
  b = new AppProcess(APP_PORT + 3, env);
  await a.start();
  await b.start();
});

test.afterAll(async () => {
  await a?.kill('SIGTERM');
  await b?.kill('SIGTERM');
  if (databaseName) await runSql(serverUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
});

async function api<T>(app: AppProcess, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

test('a post started on A is watched, stopped and resumed on B; killed with A, B finishes it exactly', async ({ fakeModel }) => {
  test.setTimeout(120_000);
  const topic = uniqueTopic('Instances');
  const text = longPost(topic);
  await fakeModel.script(topic, [{ kind: 'post', text, chunkSize: 8, delayMs: 15 }]);

  const { id } = await api<StoredDraft>(a, '/api/drafts', { topic });
  // Watched on B from the start: every delta once, in order, up to where B's Stop cut it.
  const watching = watchToEnd(`${b.baseUrl}/api/drafts/${id}/stream?offset=0`);
  await expect.poll(async () => (await api<StoredDraft>(b, `/api/drafts/${id}`)).raw.length, { timeout: 20_000 }).toBeGreaterThan(600);

  const stopped = await api<StoredDraft>(b, `/api/drafts/${id}/stop`, {});
  expect(stopped).toMatchObject({ status: 'interrupted', interruption: 'stopped' });
  expect(text.startsWith(stopped.raw)).toBe(true);
  const watched = await watching;
  expect(watched.last).toBe('done');
  expect(watched.text).toBe(stopped.raw);

  // Resumed on B, which writes it now; A is killed meanwhile and B goes on.
  await fakeModel.script(topic, [{ kind: 'post', text, seam: 'repeat-sentence', chunkSize: 8, delayMs: 15 }]);
  await api(b, `/api/drafts/${id}/resume`, {});
  await a.kill('SIGKILL');
  const resumed = await watchToEnd(`${b.baseUrl}/api/drafts/${id}/stream?offset=${stopped.raw.length}`);
  expect(resumed.last).toBe('done');
  expect(stopped.raw + resumed.text).toBe(text);
  expect((await api<StoredDraft>(b, `/api/drafts/${id}`)).raw).toBe(text);
  await a.start();

  // Started on A, which is killed mid-post: B takes it over once A's lease lapses and finishes it from the log.
  const second = uniqueTopic('Takeover');
  const secondText = longPost(second);
  await fakeModel.script(second, [
    { kind: 'post', text: secondText, chunkSize: 8, delayMs: 15 },
    { kind: 'post', text: secondText, seam: 'repeat-words', chunkSize: 40, delayMs: 15 },
  ]);
  const started = await api<StoredDraft>(a, '/api/drafts', { topic: second });
  const following = watchToEnd(`${b.baseUrl}/api/drafts/${started.id}/stream?offset=0`);
  await expect
    .poll(async () => (await api<StoredDraft>(b, `/api/drafts/${started.id}`)).raw.length, { timeout: 20_000 })
    .toBeGreaterThan(600);
  await a.kill('SIGKILL');
  const followed = await following;
  expect(followed.last).toBe('done');
  expect(followed.text).toBe(secondText);
  const finished = await api<StoredDraft>(b, `/api/drafts/${started.id}`);
  expect(finished).toMatchObject({ status: 'draft', raw: secondText });
  await a.start();
});

test('a 20-topic batch worked by both instances gives 20 drafts, one per topic', async ({ fakeModel }) => {
  test.setTimeout(120_000);
  const topics = Array.from({ length: 20 }, (_, index) => uniqueTopic(`Shared queue ${index + 1}`));
  // Each post takes a second or two, so the batch outlasts B's look at an idle queue (every 5 s): A alone, three
  // at a time, would need more than ten seconds.
  for (const topic of topics) await fakeModel.script(topic, [{ kind: 'post', text: quickPost(topic), chunkSize: 10, delayMs: 60 }]);
  const { batch } = await api<{ batch: { id: string } }>(a, '/api/batches', { topics: topics.join('\n') });

  await expect
    .poll(async () => (await api<{ counts: { done: number } }>(b, `/api/batches/${batch.id}`)).counts.done, { timeout: 90_000 })
    .toBe(20);
  const client = new pg.Client({
    connectionString: (() => {
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      return url.toString();
    })(),
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ topic: string; drafts: string }>(
      `SELECT "topic", COUNT(*) AS drafts FROM "Draft" WHERE "topic" = ANY($1) GROUP BY "topic"`,
      [topics],
    );
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(Number(row.drafts)).toBe(1);
    // Both instances worked the queue: each job names the instance that claimed it.
    const claims = await client.query<{ claimedBy: string | null; jobs: string }>(
      `SELECT "claimedBy", COUNT(*) AS jobs FROM "BatchJob" WHERE "batchId" = $1 GROUP BY "claimedBy"`,
      [batch.id],
    );
    expect(claims.rows.map((row) => row.claimedBy)).not.toContain(null);
    expect(claims.rows).toHaveLength(2);
  } finally {
    await client.end();
  }
});

test('wrong passwords counted on A make the same address wait on B', async () => {
  // A made-up address of its own (with no trusted proxy the rightmost X-Forwarded-For entry is the client).
  const from = { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.77' };
  const logIn = (app: AppProcess, password: string) =>
    fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: from, body: JSON.stringify({ password }) });
  for (let attempt = 0; attempt < 5; attempt++) expect((await logIn(a, `wrong ${attempt}`)).status).toBe(401);
  // Past the five free failures each wait doubles from a second: two more, each after its wait, make it four.
  for (const waitMs of [1_100, 2_100]) {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    expect((await logIn(a, `wrong after ${waitMs}`)).status).toBe(401);
  }

  const onB = await logIn(b, PASSWORD);
  expect(onB.status).toBe(429);
  expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await onB.json()) as { error: { message: string } }).error.message).toMatch(/^Too many wrong passwords from this address\./);
});

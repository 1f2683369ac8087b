import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGenerationHarness } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let createRoute: typeof import('@/app/api/drafts/route');

beforeAll(async () => {
  harness = await startGenerationHarness({
    GENERATION_RATE_LIMIT_PER_MINUTE: '2',
    GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '3',
    MAX_CONCURRENT_GENERATIONS: '2',
    // Requests arrive through a reverse proxy at 10.0.0.1, which appends each client's address.
    TRUSTED_PROXIES: '10.0.0.1',
  });
  createRoute = await import('@/app/api/drafts/route');
});
afterAll(async () => harness?.close());

// The per-minute counts start empty for each test: in this process's memory (SQLite) or in the database (PostgreSQL).
beforeEach(async () => {
  Reflect.deleteProperty(globalThis, 'postsmithGenerationStarts');
  await (await import('@/lib/db/client')).db().rateLimitHit.deleteMany();
});

type ErrorBody = { error: { code: string; message: string } };

function start(topic: string, client: string) {
  const request = new Request('http://localhost:3000/api/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'localhost:3000', 'x-forwarded-for': `${client}, 10.0.0.1` },
    body: JSON.stringify({ topic }),
  });
  return createRoute.POST(request, { params: Promise.resolve({}) });
}

async function stored(topic: string): Promise<number> {
  const { items } = await harness.drafts.listDrafts({ q: topic, limit: 50 });
  return items.filter((draft) => draft.topic === topic).length;
}

async function settleAll(): Promise<void> {
  await Promise.all([...harness.generation.activeHubs.keys()].map((id) => harness.generation.generationSettled({ id })));
}

describe('generation start limits', () => {
  it('refuses the third start in a minute from one client with 429, Retry-After and nothing stored', async () => {
    const topic = 'Rate limited topic';
    harness.fake.setDefault({ kind: 'stream', text: composePost(topic) });
    expect((await start(topic, '203.0.113.7')).status).toBe(201);
    expect((await start(topic, '203.0.113.7')).status).toBe(201);
    await settleAll();

    const refused = await start(topic, '203.0.113.7');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toBe(`Too many posts started in a minute. Try again in ${retryAfter} seconds.`);
    expect(await stored(topic)).toBe(2);
  });

  it('counts clients apart, and all of them against the global allowance', async () => {
    const topic = 'Global limit topic';
    harness.fake.setDefault({ kind: 'stream', text: composePost(topic) });
    expect((await start(topic, '198.51.100.1')).status).toBe(201);
    expect((await start(topic, '198.51.100.1')).status).toBe(201);
    await settleAll();
    expect((await start(topic, '198.51.100.1')).status).toBe(429);
    expect((await start(topic, '198.51.100.2')).status).toBe(201);
    await settleAll();
    const overGlobal = await start(topic, '198.51.100.3');
    expect(overGlobal.status).toBe(429);
    expect(((await overGlobal.json()) as ErrorBody).error.code).toBe('rate_limited');
    expect(await stored(topic)).toBe(3);
  });

  it('refuses a start while the most generations allowed at once are running', async () => {
    const topic = 'Concurrency cap topic';
    harness.fake.setDefault({ kind: 'stream', text: composePost(topic, 40), chunkSize: 20, delayMs: 40 });
    expect((await start(topic, '192.0.2.1')).status).toBe(201);
    expect((await start(topic, '192.0.2.2')).status).toBe(201);
    expect(harness.generation.activeHubs.size).toBe(2);

    const busy = await start(topic, '192.0.2.3');
    expect(busy.status).toBe(429);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await busy.json()) as ErrorBody).error.message).toMatch(/2 posts are being written already/);
    expect(await stored(topic)).toBe(2);
    await Promise.all([...harness.generation.activeHubs.keys()].map((id) => harness.generation.stopGeneration({ id })));
  });
});

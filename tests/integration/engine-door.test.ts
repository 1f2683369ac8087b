import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let regenerateRoute: typeof import('@/app/api/drafts/[id]/regenerate/route');
let resumeRoute: typeof import('@/app/api/drafts/[id]/resume/route');

beforeAll(async () => {
  harness = await startGenerationHarness({ MAX_CONCURRENT_GENERATIONS: '1', GENERATION_RATE_LIMIT_PER_MINUTE: '2' });
  regenerateRoute = await import('@/app/api/drafts/[id]/regenerate/route');
  resumeRoute = await import('@/app/api/drafts/[id]/resume/route');
});
afterAll(async () => harness?.close());
// The per-minute counts start empty for each test: in this process's memory (SQLite) or in the database (PostgreSQL).
async function forgetStarts(): Promise<void> {
  Reflect.deleteProperty(globalThis, 'postsmithGenerationStarts');
  await (await import('@/lib/db/client')).db().rateLimitHit.deleteMany();
}

beforeEach(async () => {
  harness.fake.reset();
  await forgetStarts();
});

const input = topicInput;

function post(path: string, body: unknown): Request {
  return new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'localhost:3000' },
    body: JSON.stringify(body),
  });
}

const regenerate = (draft: Draft) =>
  regenerateRoute.POST(post(`/api/drafts/${draft.id}/regenerate`, { version: draft.version }), {
    params: Promise.resolve({ id: draft.id }),
  });

async function written(topic: string): Promise<Draft> {
  harness.fake.script(topic, [{ kind: 'stream', text: composePost(topic) }]);
  const started = await harness.write({ kind: 'new', input: input(topic) });
  return harness.generation.generationSettled({ id: started.id });
}

describe('every way to start writing goes through one door', () => {
  it('holds Regenerate and Resume to the cap on posts written at once, as a new post is', async () => {
    const finished = await written('Bookbinding');
    harness.fake.script('Carving', [{ kind: 'stream', text: composePost('Carving', 40), chunkSize: 20, delayMs: 40 }]);
    const interrupted = await harness.generation.stopGeneration({ id: (await harness.write({ kind: 'new', input: input('Carving') })).id });
    harness.fake.script('Weaving', [{ kind: 'stream', text: composePost('Weaving', 40), chunkSize: 20, delayMs: 40 }]);
    const running = await harness.write({ kind: 'new', input: input('Weaving') });
    expect([...harness.generation.activeHubs.keys()]).toEqual([running.id]);

    const refused = await regenerate(finished);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'rate_limited',
      message: '1 posts are being written already, the most at once. Try again when one is done.',
    });
    expect((await harness.drafts.getDraft({ id: finished.id })).version).toBe(finished.version);
    const resumed = await resumeRoute.POST(post(`/api/drafts/${interrupted.id}/resume`, {}), {
      params: Promise.resolve({ id: interrupted.id }),
    });
    expect(resumed.status).toBe(429);
    expect((await harness.drafts.getDraft({ id: interrupted.id })).status).toBe('interrupted');
    await harness.generation.stopGeneration({ id: running.id });
  });

  it('counts Regenerate and Resume against the per-minute allowance of the address', async () => {
    const first = await written('Pottery');
    const second = await written('Glassblowing');
    await forgetStarts();

    harness.fake.script('Pottery', [{ kind: 'stream', text: composePost('Pottery') }]);
    expect((await regenerate(first)).status).toBe(200);
    const regenerated = await harness.generation.generationSettled({ id: first.id });
    harness.fake.script('Glassblowing', [{ kind: 'stream', text: composePost('Glassblowing', 40), chunkSize: 20, delayMs: 20 }]);
    expect((await regenerate(second)).status).toBe(200);
    const stopped = await harness.generation.stopGeneration({ id: second.id });

    const resumed = await resumeRoute.POST(post(`/api/drafts/${stopped.id}/resume`, {}), { params: Promise.resolve({ id: stopped.id }) });
    expect(resumed.status).toBe(429);
    expect(((await resumed.json()) as { error: { message: string } }).error.message).toMatch(/^Too many posts started in a minute/);
    expect((await regenerate(regenerated)).status).toBe(429);
  });
});

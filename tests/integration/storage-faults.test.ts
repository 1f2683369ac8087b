import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let draftRoute: typeof import('@/app/api/drafts/[id]/route');
let healthRoute: typeof import('@/app/api/health/route');

beforeAll(async () => {
  harness = await startGenerationHarness({ DATABASE_BUSY_TIMEOUT_MS: '200' });
  draftRoute = await import('@/app/api/drafts/[id]/route');
  healthRoute = await import('@/app/api/health/route');
});
afterAll(async () => harness?.close());

function patchRequest(id: string, body: unknown): Request {
  return new Request(`http://localhost:3000/api/drafts/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', host: 'localhost:3000' },
    body: JSON.stringify(body),
  });
}

describe('a locked database file', () => {
  it('answers a save with 503 and a message saying the text is kept, stores nothing, and works again once released', async () => {
    harness.fake.script('Locking', [{ kind: 'stream', text: composePost('Locking') }]);
    const started = await harness.write({
      kind: 'new',
      input: topicInput('Locking'),
    });
    const draft = await harness.generation.generationSettled({ id: started.id });

    const other = new Database((process.env.DATABASE_URL as string).slice('file:'.length));
    other.exec('BEGIN EXCLUSIVE');
    try {
      const response = await draftRoute.PATCH(patchRequest(draft.id, { version: draft.version, title: 'Edited while locked' }), {
        params: Promise.resolve({ id: draft.id }),
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('database_unavailable');
      expect(body.error.message).toMatch(/busy.*your text is still here/i);
      expect(JSON.stringify(body)).not.toMatch(/prisma|sqlite|at .*\.ts/i);
      // The server itself stays healthy: only writes wait for the lock.
      const health = await healthRoute.GET(new Request('http://localhost:3000/api/health'), { params: Promise.resolve({}) });
      expect(health.status).toBe(200);
    } finally {
      other.exec('COMMIT');
      other.close();
    }

    const unchanged = await harness.drafts.getDraft({ id: draft.id });
    expect(unchanged.title).toBe(draft.title);
    const retried = await draftRoute.PATCH(patchRequest(draft.id, { version: draft.version, title: 'Edited while locked' }), {
      params: Promise.resolve({ id: draft.id }),
    });
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as Draft).title).toBe('Edited while locked');
  });
});

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let draftRoute: typeof import('@/app/api/drafts/[id]/route');
let draftsRoute: typeof import('@/app/api/drafts/route');
let healthRoute: typeof import('@/app/api/health/route');

beforeAll(async () => {
  harness = await startGenerationHarness({ DATABASE_BUSY_TIMEOUT_MS: '10000' });
  // As `npm start` leaves it (scripts/migrate.mjs): in WAL mode readers are not blocked by a writer's lock.
  const file = new Database((process.env.DATABASE_URL as string).slice('file:'.length));
  file.pragma('journal_mode = WAL');
  file.close();
  draftRoute = await import('@/app/api/drafts/[id]/route');
  draftsRoute = await import('@/app/api/drafts/route');
  healthRoute = await import('@/app/api/health/route');
});
afterAll(async () => harness?.close());

const status = async (call: () => Promise<Response>): Promise<number> => (await call()).status;

describe('a database file locked by another program', () => {
  it('keeps every other request answering while a save waits for the lock, and the save lands once it is released', async () => {
    harness.fake.script('Waiting', [{ kind: 'stream', text: composePost('Waiting') }]);
    const started = await harness.write({
      kind: 'new',
      input: topicInput('Waiting'),
    });
    const draft = await harness.generation.generationSettled({ id: started.id });

    const other = new Database((process.env.DATABASE_URL as string).slice('file:'.length));
    other.exec('BEGIN IMMEDIATE');
    let saveSettled = false;
    const saving = draftRoute
      .PATCH(
        new Request(`http://localhost:3000/api/drafts/${draft.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', host: 'localhost:3000' },
          body: JSON.stringify({ version: draft.version, title: 'Saved after the lock' }),
        }),
        { params: Promise.resolve({ id: draft.id }) },
      )
      .finally(() => {
        saveSettled = true;
      });

    // Each answer arrives while the save still waits for the lock: reads are not queued behind it (if they were,
    // they would wait for a COMMIT that only comes after this loop, and fail after the busy timeout).
    const answers: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answers.push(await status(() => healthRoute.GET(new Request('http://localhost:3000/api/health'), { params: Promise.resolve({}) })));
      answers.push(await status(() => draftsRoute.GET(new Request('http://localhost:3000/api/drafts'), { params: Promise.resolve({}) })));
    }
    expect(saveSettled).toBe(false);
    other.exec('COMMIT');
    other.close();

    const saved = await saving;
    expect(answers).toEqual(Array(10).fill(200));
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Draft).title).toBe('Saved after the lock');
  });
});

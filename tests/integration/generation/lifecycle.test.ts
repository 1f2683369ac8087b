import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './harness';
import { composePost, waitFor } from './post-text';
import { watch } from './watch';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;

beforeAll(async () => {
  harness = await startGenerationHarness();
});
afterAll(async () => harness?.close());
beforeEach(() => harness.fake.reset());

async function start(topic: string) {
  return harness.write({ kind: 'new', input: topicInput(topic) });
}

async function stored(id: string): Promise<Draft> {
  return harness.drafts.getDraft({ id });
}

describe('a running generation', () => {
  it('is checkpointed to the database while it streams', async () => {
    const text = composePost('Pottery', 30);
    harness.fake.script('Pottery', [{ kind: 'stream', text, chunkSize: 20, delayMs: 10 }]);
    const draft = await start('Pottery');

    await waitFor(async () => (await stored(draft.id)).raw.length > 200);
    const midway = await stored(draft.id);
    expect(midway.status).toBe('generating');
    expect(text.startsWith(midway.raw)).toBe(true);
    expect(midway.raw.length).toBeLessThan(text.length);
    expect(midway.title).toBe('All About Pottery');
    expect(midway.slug).toBe('all-about-pottery');

    expect((await harness.generation.generationSettled({ id: draft.id })).raw).toBe(text);
  });

  it('goes on when its viewer disconnects, and a later viewer gets the whole text from its offset', async () => {
    const text = composePost('Chess', 20);
    harness.fake.script('Chess', [{ kind: 'stream', text, chunkSize: 15, delayMs: 5 }]);
    const draft = await start('Chess');

    const leaving = new AbortController();
    const first = await watch(draft.id, 0, leaving.signal, (events) => events.filter((item) => item.event === 'delta').length >= 3);
    leaving.abort();
    expect(first.text.length).toBeGreaterThan(0);
    expect(text.startsWith(first.text)).toBe(true);

    const offset = first.text.length;
    const second = await watch(draft.id, offset);
    expect(second.text).toBe(text.slice(offset));
    const done = second.events.at(-1);
    expect(done?.event).toBe('done');
    expect((done?.data as Draft | undefined)?.raw).toBe(text);
  });

  it('replays from an offset at once when the generation has ended', async () => {
    const text = composePost('Tennis');
    harness.fake.script('Tennis', [{ kind: 'stream', text }]);
    const draft = await start('Tennis');
    await harness.generation.generationSettled({ id: draft.id });

    const replay = await watch(draft.id, 100);
    expect(replay.text).toBe(text.slice(100));
    expect(replay.events.map((item) => item.event)).toEqual(['delta', 'done']);
  });

  it('stops when its draft is deleted: viewers are told, the model is let go, nothing is saved after', async () => {
    const text = composePost('Origami', 200);
    harness.fake.script('Origami', [{ kind: 'stream', text, chunkSize: 10, delayMs: 10 }]);
    const draft = await start('Origami');
    await waitFor(async () => (await stored(draft.id)).raw.length > 100);

    const viewing = watch(draft.id, 0);
    await harness.generation.deleteDraftStoppingGeneration({ id: draft.id });

    const seen = await viewing;
    expect(seen.events.at(-1)).toMatchObject({ event: 'error', data: { message: 'This draft was deleted while it was being written.' } });
    expect(seen.text.length).toBeLessThan(text.length);
    expect(harness.generation.activeHubs.has(draft.id)).toBe(false);
    await expect(stored(draft.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(harness.fake.requests).toHaveLength(1);
  });

  it('refuses to resume a draft that is not interrupted', async () => {
    harness.fake.script('Rugby', [{ kind: 'stream', text: composePost('Rugby') }]);
    const draft = await start('Rugby');
    await harness.generation.generationSettled({ id: draft.id });
    await expect(harness.write({ kind: 'resume', id: draft.id })).rejects.toMatchObject({ code: 'invalid_state' });
  });
});

describe('re-parsing from the raw text', () => {
  it('restores the generated fields after edits and leaves the raw text as received', async () => {
    const text = composePost('Climbing');
    harness.fake.script('Climbing', [{ kind: 'stream', text }]);
    const draft = await harness.generation.generationSettled({ id: (await start('Climbing')).id });
    const edited = await harness.drafts.updateDraft({
      id: draft.id,
      input: { version: draft.version, title: 'Edited by hand', content: 'Short.' },
    });
    expect(edited.title).toBe('Edited by hand');

    const { reparseDraft } = await import('@/lib/drafts/reparse');
    const reparsed = await reparseDraft({ id: draft.id, version: edited.version });
    expect(reparsed.title).toBe('All About Climbing');
    expect(reparsed.content).toBe(draft.content);
    expect(reparsed.raw).toBe(text);
    await expect(reparseDraft({ id: draft.id, version: edited.version })).rejects.toMatchObject({ code: 'version_conflict' });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PostResponse } from '../../fixtures/fake-anthropic/types.mjs';
import { startGenerationHarness, topicInput } from './harness';
import { composePost, waitFor } from './post-text';
import { watch } from './watch';

// Several instances on one database, played in one process: what another instance does to a generation goes
// through the database exactly as it would from another process (its lease and text log), and an instance that
// dies is a run that stops renewing its lease and writing.

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
const db = async () => (await import('@/lib/db/client')).db();
const post = (text: string, fields: Omit<PostResponse, 'kind' | 'text'> = {}): PostResponse => ({ kind: 'post', text, ...fields });

beforeAll(async () => {
  harness = await startGenerationHarness();
});
afterAll(async () => harness?.close());
beforeEach(() => harness.fake.reset());

async function startSlowly(topic: string, text: string) {
  harness.fake.script(topic, [post(text, { chunkSize: 10, delayMs: 10 })]);
  const draft = await harness.write({ kind: 'new', input: topicInput(topic) });
  await waitFor(async () => (await harness.drafts.getDraft({ id: draft.id })).raw.length > 400);
  return draft;
}

/** As if the instance running it were killed: its lease is left to lapse and it writes nothing more. */
async function killOwner(id: string) {
  await (await db()).generationLease.update({
    where: { draftId: id },
    data: { owner: 'killed-instance', expiresAt: new Date(Date.now() - 1) },
  });
  await waitFor(async () => !harness.generation.activeHubs.has(id));
}

async function logOf(id: string) {
  return (await db()).draftTextChunk.findMany({ where: { draftId: id }, orderBy: { offset: 'asc' } });
}

describe('the text log', () => {
  it('appends only what is new at each checkpoint, and is folded into the draft at the end', async () => {
    const text = composePost('Knitting', 40);
    const draft = await startSlowly('Knitting', text);

    const chunks = await logOf(draft.id);
    expect(chunks.length).toBeGreaterThan(1);
    let next = 0;
    for (const chunk of chunks) {
      expect(chunk.offset).toBe(next);
      next += chunk.text.length;
    }
    // Each character was written once: the log holds the text so far and nothing twice.
    expect(text.startsWith(chunks.map((chunk) => chunk.text).join(''))).toBe(true);

    const finished = await harness.generation.generationSettled({ id: draft.id });
    expect(finished.raw).toBe(text);
    expect(await logOf(draft.id)).toEqual([]);
    expect(await (await db()).generationLease.findUnique({ where: { draftId: draft.id } })).toBeNull();
  });

  it('saves the checkpoints of posts written at once together, each under its own lease, a failing one failing alone', async () => {
    const { appendText } = await import('@/lib/drafts/text-log');
    const client = await db();
    const drafts = await Promise.all(
      ['Weaving', 'Quilting', 'Embroidery'].map((topic) =>
        harness.drafts.createDraft({ input: topicInput(topic), model: 'anthropic:claude-sonnet-5-5' }),
      ),
    );
    const [weaving, quilting, embroidery] = drafts.map((draft) => draft.id) as [string, string, string];
    for (const draftId of [weaving, quilting, embroidery]) {
      await client.generationLease.create({ data: { draftId, owner: 'instance-a', expiresAt: new Date(Date.now() + 60_000) } });
    }
    // Asked in one moment, as on a checkpoint tick: the run that lost its lease adds nothing.
    expect(
      await Promise.all([
        appendText({ draftId: weaving, owner: 'instance-a', offset: 0, text: 'warp ' }),
        appendText({ draftId: quilting, owner: 'a-run-that-lost-its-lease', offset: 0, text: 'patch ' }),
        appendText({ draftId: embroidery, owner: 'instance-a', offset: 0, text: 'stitch ' }),
      ]),
    ).toEqual([true, false, true]);
    // A chunk already at that offset fails its own append only.
    const results = await Promise.allSettled([
      appendText({ draftId: weaving, owner: 'instance-a', offset: 0, text: 'again ' }),
      appendText({ draftId: embroidery, owner: 'instance-a', offset: 7, text: 'by stitch' }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    expect((await logOf(weaving)).map((chunk) => chunk.text)).toEqual(['warp ']);
    expect(await logOf(quilting)).toEqual([]);
    expect((await logOf(embroidery)).map((chunk) => [chunk.offset, chunk.text])).toEqual([
      [0, 'stitch '],
      [7, 'by stitch'],
    ]);
  });
});

describe('a generation whose instance died', () => {
  it('is taken over once its lease lapses and finished from its log, exact, while a viewer follows it', async () => {
    const text = composePost('Fencing', 40);
    const draft = await startSlowly('Fencing', text);
    await killOwner(draft.id);
    const kept = (await harness.drafts.getDraft({ id: draft.id })).raw;
    expect((await harness.drafts.getDraft({ id: draft.id })).status).toBe('generating');
    expect(text.startsWith(kept)).toBe(true);

    const viewing = watch(draft.id, 0);
    harness.fake.script('Fencing', [post(text, { seam: 'repeat-sentence' })]);
    expect(await harness.generation.takeOverOrphanedGenerations()).toBe(1);
    const finished = await harness.generation.generationSettled({ id: draft.id });

    expect(finished).toMatchObject({ status: 'draft', raw: text, title: 'All About Fencing' });
    expect(harness.fake.requests.at(-1)?.text).toContain(kept.slice(-200, -20));
    const seen = await viewing;
    expect(seen.text).toBe(text);
    expect(seen.events.at(-1)?.event).toBe('done');
    expect(await logOf(draft.id)).toEqual([]);
  });

  it('is not taken over before its lease lapses', async () => {
    const text = composePost('Archery', 40);
    const draft = await startSlowly('Archery', text);
    const leases = (await db()).generationLease;
    await leases.update({ where: { draftId: draft.id }, data: { owner: 'other-instance', expiresAt: new Date(Date.now() + 60_000) } });
    await waitFor(async () => !harness.generation.activeHubs.has(draft.id));
    expect(await harness.generation.takeOverOrphanedGenerations()).toBe(0);

    await leases.update({ where: { draftId: draft.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    harness.fake.script('Archery', [post(text, { seam: 'exact' })]);
    expect(await harness.generation.takeOverOrphanedGenerations()).toBe(1);
    expect((await harness.generation.generationSettled({ id: draft.id })).raw).toBe(text);
  });

  it('that was asked to stop is settled as stopped by the instance that takes it over, keeping its text', async () => {
    const text = composePost('Sailing', 40);
    const draft = await startSlowly('Sailing', text);
    await killOwner(draft.id);
    await (await db()).generationLease.update({ where: { draftId: draft.id }, data: { request: 'stop' } });
    const kept = (await harness.drafts.getDraft({ id: draft.id })).raw;

    expect(await harness.generation.takeOverOrphanedGenerations()).toBe(1);
    const stopped = await harness.drafts.getDraft({ id: draft.id });
    expect(harness.fake.requests).toHaveLength(1);
    expect(stopped).toMatchObject({ status: 'interrupted', interruption: 'stopped', raw: kept, title: 'All About Sailing' });
    expect(await logOf(draft.id)).toEqual([]);

    harness.fake.script('Sailing', [post(text, { seam: 'repeat-words' })]);
    await harness.write({ kind: 'resume', id: draft.id });
    expect((await harness.generation.generationSettled({ id: draft.id })).raw).toBe(text);
  });
});

describe('Stop asked on another instance', () => {
  it('reaches the owner through the database: it stops, keeps its text, and resumes to the exact post', async () => {
    const text = composePost('Rowing', 60);
    const draft = await startSlowly('Rowing', text);
    const { requestStop } = await import('@/lib/drafts/leases');
    expect(await requestStop({ draftId: draft.id })).toBe(true);

    const stopped = await harness.generation.generationSettled({ id: draft.id });
    expect(stopped).toMatchObject({ status: 'interrupted', interruption: 'stopped' });
    expect(text.startsWith(stopped.raw)).toBe(true);
    expect(stopped.raw.length).toBeLessThan(text.length);

    harness.fake.script('Rowing', [post(text, { seam: 'repeat-sentence' })]);
    await harness.write({ kind: 'resume', id: draft.id });
    expect((await harness.generation.generationSettled({ id: draft.id })).raw).toBe(text);
  });

  it('settles a generation whose owner died from its log, and the dead run writes nothing more', async () => {
    const text = composePost('Judo', 60);
    const draft = await startSlowly('Judo', text);
    await killOwner(draft.id);
    const kept = await logOf(draft.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await logOf(draft.id)).toEqual(kept);

    const stopped = await harness.generation.stopGeneration({ id: draft.id });
    expect(stopped).toMatchObject({ status: 'interrupted', interruption: 'stopped', raw: kept.map((chunk) => chunk.text).join('') });
  });
});

describe('a draft deleted on another instance while it is written', () => {
  it('makes its owner let the model go and write nothing more; its viewers are told', async () => {
    const text = composePost('Curling', 200);
    const draft = await startSlowly('Curling', text);
    const viewing = watch(draft.id, 0);
    // Another instance deletes the row; the lease and the log go with it.
    await (await db()).draft.delete({ where: { id: draft.id } });

    await expect(harness.generation.generationSettled({ id: draft.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(harness.generation.activeHubs.has(draft.id)).toBe(false);
    const seen = await viewing;
    expect(seen.events.at(-1)).toMatchObject({ event: 'error', data: { code: 'not_found' } });
    expect(await logOf(draft.id)).toEqual([]);
  });
});

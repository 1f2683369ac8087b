import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let trash: typeof import('@/lib/drafts');
const db = async () => (await import('@/lib/db/client')).db();

beforeAll(async () => {
  harness = await startGenerationHarness();
  trash = await import('@/lib/drafts');
});
afterAll(async () => harness?.close());

async function written(topic: string) {
  harness.fake.script(topic, [{ kind: 'stream', text: composePost(topic) }]);
  const draft = await harness.generation.generationSettled({ id: (await harness.write({ kind: 'new', input: topicInput(topic) })).id });
  return harness.drafts.updateDraft({
    id: draft.id,
    input: { version: draft.version, title: `${draft.title} (edited)`, status: 'review' },
  });
}

describe('the Trash', () => {
  it('keeps a deleted draft 30 days and gives it back as it was, history included', async () => {
    const draft = await written('Kayaking');
    await harness.generation.deleteDraftStoppingGeneration({ id: draft.id });

    await expect(harness.drafts.getDraft({ id: draft.id })).rejects.toMatchObject({ code: 'not_found' });
    const listed = await trash.listTrash();
    expect(listed.map((item) => item.id)).toContain(draft.id);
    const item = listed.find((entry) => entry.id === draft.id);
    expect(new Date(item?.purgeAt ?? 0).getTime() - new Date(item?.deletedAt ?? 0).getTime()).toBe(30 * 24 * 60 * 60_000);

    await trash.restoreFromTrash({ id: draft.id });
    const back = await harness.drafts.getDraft({ id: draft.id });
    expect(back).toMatchObject({ title: draft.title, slug: draft.slug, status: 'review', content: draft.content, version: draft.version });
    expect((await harness.drafts.listRevisions({ draftId: draft.id })).length).toBeGreaterThan(0);
    expect((await trash.listTrash()).map((entry) => entry.id)).not.toContain(draft.id);
  });

  it('restores under the next free slug when another draft took it, and says so on the draft', async () => {
    const draft = await written('Canoeing');
    await harness.generation.deleteDraftStoppingGeneration({ id: draft.id });
    await (await db()).draft.create({ data: { topic: 'Taker', slug: draft.slug } });

    const back = await trash.restoreFromTrash({ id: draft.id });
    expect(back.slug).toBe(`${draft.slug}-2`);
    expect(back.warnings.join(' ')).toContain(`another draft now uses "${draft.slug}"`);
  });

  it('gives back the lists of a draft deleted while they were still JSON text', async () => {
    const draft = await written('Rafting');
    const revisions = await harness.drafts.listRevisions({ draftId: draft.id });
    await harness.generation.deleteDraftStoppingGeneration({ id: draft.id });
    // A snapshot as the Trash wrote it before the string_lists_as_json migration: every list as the text of one.
    const client = await db();
    const trashed = await client.trashedDraft.findUniqueOrThrow({ where: { id: draft.id } });
    const snapshot = JSON.parse(trashed.snapshot) as { draft: Record<string, unknown>; revisions: Record<string, unknown>[] };
    for (const row of [snapshot.draft, ...snapshot.revisions]) {
      for (const name of ['tags', 'categories', 'warnings', 'stopReasons']) if (name in row) row[name] = JSON.stringify(row[name]);
    }
    await client.trashedDraft.update({ where: { id: draft.id }, data: { snapshot: JSON.stringify(snapshot) } });

    await trash.restoreFromTrash({ id: draft.id });
    const back = await harness.drafts.getDraft({ id: draft.id });
    expect(draft.tags.length).toBeGreaterThan(0);
    expect(back).toMatchObject({ tags: draft.tags, categories: draft.categories, warnings: draft.warnings });
    expect(back.generation.stopReasons).toEqual(draft.generation.stopReasons);
    expect(await harness.drafts.listRevisions({ draftId: draft.id })).toEqual(revisions);
  });

  it('deletes for good after 30 days, one by one, or all at once', async () => {
    const [old, one, two] = [await written('Rowing'), await written('Sailing'), await written('Surfing')];
    for (const draft of [old, one, two]) await harness.generation.deleteDraftStoppingGeneration({ id: draft.id });
    await (await db()).trashedDraft.update({ where: { id: old.id }, data: { deletedAt: new Date(Date.now() - 31 * 24 * 60 * 60_000) } });

    expect((await trash.listTrash()).map((item) => item.id)).not.toContain(old.id);
    await trash.deleteFromTrash({ id: one.id });
    await expect(trash.restoreFromTrash({ id: one.id })).rejects.toMatchObject({ code: 'not_found' });
    await trash.deleteFromTrash();
    expect(await trash.listTrash()).toEqual([]);
  });
});

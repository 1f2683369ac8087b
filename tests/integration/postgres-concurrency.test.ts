import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

// SQLite's driver runs one transaction at a time; PostgreSQL runs them side by side on a pool. A read-check-write
// on one draft (re-parse, restore, regenerate, new metadata) must still let exactly one of two racing requests win.
let harness: Awaited<ReturnType<typeof startGenerationHarness>>;

beforeAll(async () => {
  harness = await startGenerationHarness();
});
afterAll(async () => harness?.close());

async function writtenDraft(topic: string) {
  harness.fake.script(topic, [{ kind: 'stream', text: composePost(topic) }]);
  const started = await harness.write({ kind: 'new', input: topicInput(topic) });
  return harness.generation.generationSettled({ id: started.id });
}

describe('two requests racing on one draft', () => {
  it('re-parse: one wins, the other is a version conflict, and one revision is kept', async () => {
    const draft = await writtenDraft('Racing reparse');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () => harness.drafts.reparseDraft({ id: draft.id, version: draft.version })),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes.filter((each) => each.status === 'rejected')) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: 'version_conflict' });
    }
    expect(await harness.drafts.listRevisions({ draftId: draft.id })).toHaveLength(1);
    expect((await harness.drafts.getDraft({ id: draft.id })).version).toBe(draft.version + 1);
  });

  it('restore: one wins, the other is a version conflict', async () => {
    const draft = await writtenDraft('Racing restore');
    const edited = await harness.drafts.updateDraft({ id: draft.id, input: { version: draft.version, title: 'Edited once' } });
    const [revision] = await harness.drafts.listRevisions({ draftId: draft.id });
    if (!revision) throw new Error('the edit kept no revision');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        harness.drafts.restoreRevision({ draftId: draft.id, revisionId: revision.id, version: edited.version }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(await harness.drafts.listRevisions({ draftId: draft.id })).toHaveLength(2);
  });
});

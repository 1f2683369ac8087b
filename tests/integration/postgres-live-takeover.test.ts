import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost, indexAfter, waitFor } from './generation/post-text';

// Instance A writes a post and relays to a viewer on instance B more text than it has checkpointed, then dies.
// B takes the generation over from the log and the model writes on in other words: the viewer must end up showing
// the stored text, not A's lost words where B's now stand. Checkpoints are kept far apart (every ten minutes), so A
// dies with all it wrote since it resumed the post seen only by its viewers.

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let followFromLog: typeof import('@/lib/generation/log-follower').followFromLog;
const db = async () => (await import('@/lib/db/client')).db();

beforeAll(async () => {
  harness = await startGenerationHarness({ GENERATION_CHECKPOINT_MS: '600000', GENERATION_IDLE_TIMEOUT_MS: '600000' });
  ({ followFromLog } = await import('@/lib/generation/log-follower'));
});
afterAll(async () => harness?.close());

/** What a browser shows: each piece of text goes where the server says (a cut back first when it is below the end). */
function follow(id: string, already = '', from = already.length) {
  let shown = already;
  let saved = 0;
  const ended = new Promise<Draft>((resolve, reject) => {
    followFromLog({
      id,
      offset: from,
      onText: (text, at, savedNow) => {
        shown = shown.slice(0, at) + text;
        saved = savedNow;
      },
      onEnd: (draft, next) => {
        shown = shown.slice(0, next) + draft.raw.slice(next);
        resolve(draft);
      },
      onError: reject,
    }).catch(reject);
  });
  return { shown: () => shown, saved: () => saved, ended };
}

describe('a generation taken over after its owner died with text it had not checkpointed', () => {
  it("shows its viewer on another instance the stored text: the new owner's words replace the dead owner's", async () => {
    const text = composePost('Rafting', 80);
    // A stopped and resumed post: the log holds its text up to Part 20 when A resumes it and writes on to Part 50.
    const stoppedAt = indexAfter(text, 'Part 20');
    const cut = indexAfter(text, 'Part 50');
    harness.fake.script('Rafting', [{ kind: 'post', text, stallAfterChars: stoppedAt }]);
    const draft = await harness.write({ kind: 'new', input: topicInput('Rafting') });
    await waitFor(async () => harness.generation.activeHubs.get(draft.id)?.textLength === stoppedAt);
    expect((await harness.generation.stopGeneration({ id: draft.id })).raw).toBe(text.slice(0, stoppedAt));
    harness.fake.script('Rafting', [{ kind: 'post', text, seam: 'exact', chunkSize: 10, delayMs: 1, stallAfterChars: cut - stoppedAt }]);
    await harness.write({ kind: 'resume', id: draft.id });
    const viewer = follow(draft.id);
    // The continuation holds back the last few characters until more come (it cannot know yet where its words end).
    await waitFor(async () => viewer.shown().length > cut - 10 && text.startsWith(viewer.shown()));
    const shownByA = viewer.shown();

    // A dies (kill -9): its lease lapses and it writes nothing more; what it had not checkpointed is lost.
    await (await db()).generationLease.update({
      where: { draftId: draft.id },
      data: { owner: 'killed-instance', expiresAt: new Date(Date.now() - 1) },
    });
    await waitFor(async () => !harness.generation.activeHubs.has(draft.id));
    const kept = (await harness.drafts.getDraft({ id: draft.id })).raw;
    expect(kept).toBe(text.slice(0, stoppedAt));

    // A script that showed A's text reconnects from where it was, while nobody writes the post.
    const script = follow(draft.id, shownByA);
    const savedByA = viewer.saved();
    expect(savedByA).toBeLessThanOrEqual(kept.length);

    // B writes in two rounds: the end of the first, past what A had shown, is a checkpoint.
    const rewritten = `${kept}In other words, the river decides. ${text.slice(kept.length)}`;
    const firstRound = indexAfter(rewritten, 'Part 60') - kept.length;
    harness.fake.script('Rafting', [
      { kind: 'post', text: rewritten, seam: 'exact', chunkSize: 10, delayMs: 5, stopAfterChars: firstRound },
      { kind: 'post', text: rewritten, seam: 'exact', chunkSize: 10, delayMs: 5 },
    ]);
    expect(await harness.generation.takeOverOrphanedGenerations()).toBe(1);
    // While B writes, both show B's words where A's stood.
    await waitFor(async () => viewer.shown().startsWith(`${kept}In other words`));
    await waitFor(async () => script.shown().startsWith(`${kept}In other words`));
    // A page that showed A's text reconnects once B has saved some of its own: it asks from what it knew was saved.
    await waitFor(async () => (await harness.drafts.getDraft({ id: draft.id })).raw.length > shownByA.length);
    const reconnected = follow(draft.id, shownByA, savedByA);
    await waitFor(async () => reconnected.shown().startsWith(`${kept}In other words`));
    expect((await harness.drafts.getDraft({ id: draft.id })).status).toBe('generating');

    const finished = await viewer.ended;
    expect(finished.raw).toBe(rewritten);
    expect(viewer.shown()).toBe(finished.raw);
    await Promise.all([script.ended, reconnected.ended]);
    expect(script.shown()).toBe(finished.raw);
    expect(reconnected.shown()).toBe(finished.raw);
  });
});

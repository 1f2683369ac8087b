import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import type { LivePhase } from '@/lib/generation/live-text';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost, indexAfter, waitFor } from './generation/post-text';
import { watch } from './generation/watch';

// A viewer on instance B of a generation that instance A writes, through PostgreSQL NOTIFY (both in this process,
// every message through the server): what A has not checkpointed yet comes from A when B asks, and A's phase
// changes (retrying, continuing…) reach B where they happened in the text. Checkpoints are kept far apart here
// (every ten minutes), so the log holds nothing of a short text.

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let followFromLog: typeof import('@/lib/generation/log-follower').followFromLog;
const loggedChunks = async (draftId: string) => (await import('@/lib/db/client')).db().draftTextChunk.count({ where: { draftId } });

beforeAll(async () => {
  harness = await startGenerationHarness({ GENERATION_CHECKPOINT_MS: '600000', GENERATION_IDLE_TIMEOUT_MS: '600000' });
  ({ followFromLog } = await import('@/lib/generation/log-follower'));
});
afterAll(async () => harness?.close());

/** Follows like a viewer on another instance; each phase change is noted with how much text came before it. */
function follow(id: string) {
  const pieces: string[] = [];
  const phases: { status: LivePhase; after: number }[] = [];
  const ended = new Promise<{ draft: Draft; next: number }>((resolve, reject) => {
    followFromLog({
      id,
      offset: 0,
      onText: (text) => pieces.push(text),
      onStatus: (status) => phases.push({ status, after: pieces.join('').length }),
      onEnd: (draft, next) => resolve({ draft, next }),
      onError: reject,
    }).catch(reject);
  });
  return { pieces, phases, ended };
}

describe('live text relayed between instances', () => {
  it('gives a viewer arriving before any checkpoint the text written so far, from the instance writing it', async () => {
    const text = composePost('Kayaking', 20);
    const cut = indexAfter(text, 'explains');
    harness.fake.script('Kayaking', [{ kind: 'post', text, chunkSize: 10, delayMs: 2, stallAfterChars: cut }]);
    const draft = await harness.write({ kind: 'new', input: topicInput('Kayaking') });
    await waitFor(async () => harness.generation.activeHubs.get(draft.id)?.textLength === cut);
    expect(await loggedChunks(draft.id)).toBe(0);

    const viewer = follow(draft.id);
    await waitFor(async () => viewer.pieces.join('') === text.slice(0, cut));
    // Nothing was checkpointed: the text came from the owner, not from the log.
    expect(await loggedChunks(draft.id)).toBe(0);
    expect(viewer.phases.at(-1)?.status.phase).toBe('writing');

    await harness.generation.stopGeneration({ id: draft.id });
    const { draft: stopped, next } = await viewer.ended;
    expect(stopped.raw).toBe(text.slice(0, cut));
    expect(next).toBe(cut);
  });

  it('shows a viewer on another instance the same phase changes as one on the writing instance, at the same places', async () => {
    const text = composePost('Canoeing', 40);
    const failAt = indexAfter(text, 'Part 3');
    harness.fake.script('Canoeing', [
      { kind: 'post', text, chunkSize: 10, delayMs: 3, errorAfterChars: failAt },
      { kind: 'post', text, chunkSize: 10, delayMs: 3, stopAfterChars: 400 },
      { kind: 'post', text, chunkSize: 10, delayMs: 3 },
    ]);
    const draft = await harness.write({ kind: 'new', input: topicInput('Canoeing') });
    const remote = follow(draft.id);
    const local = await watch(draft.id, 0);
    const { draft: finished } = await remote.ended;

    expect(finished.raw).toBe(text);
    expect(remote.pieces.join('')).toBe(text);
    // Where each phase change came on the writing instance: after how much text.
    const seenLocally: { status: unknown; after: number }[] = [];
    let written = 0;
    for (const { event, data } of local.events) {
      if (event === 'delta') written += (data as { text: string }).text.length;
      if (event === 'status' && (data as LivePhase).phase !== 'writing') seenLocally.push({ status: data, after: written });
    }
    expect(seenLocally.map(({ status }) => (status as LivePhase).phase)).toEqual(['retrying', 'continuing']);
    expect(remote.phases.filter(({ status }) => status.phase !== 'writing')).toEqual(seenLocally);
  });
});

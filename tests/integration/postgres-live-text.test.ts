import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost, waitFor } from './generation/post-text';

// A viewer on instance B of a generation that instance A writes: B's follower (lib/generation/log-follower.ts)
// reads the log, then the text A sends through PostgreSQL NOTIFY. Both run in this process here, and every
// notification goes through the PostgreSQL server as it would between two processes.

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let followFromLog: typeof import('@/lib/generation/log-follower').followFromLog;
const db = async () => (await import('@/lib/db/client')).db();

beforeAll(async () => {
  harness = await startGenerationHarness();
  ({ followFromLog } = await import('@/lib/generation/log-follower'));
});
afterAll(async () => harness?.close());

function follow(id: string, offset: number) {
  const pieces: string[] = [];
  let stop = () => {};
  const ended = new Promise<{ draft: Draft; next: number }>((resolve, reject) => {
    followFromLog({
      id,
      offset,
      onText: (text) => pieces.push(text),
      onEnd: (draft, next) => resolve({ draft, next }),
      onError: reject,
    }).then((stopFollowing) => {
      stop = stopFollowing;
    }, reject);
  });
  return { pieces, ended, stop: () => stop() };
}

describe('live text on another instance', () => {
  it('gets the missed text from the log, then every delta as it is written, once and in order', async () => {
    const text = composePost('Bouldering', 60);
    harness.fake.script('Bouldering', [{ kind: 'post', text, chunkSize: 10, delayMs: 20 }]);
    const draft = await harness.write({ kind: 'new', input: topicInput('Bouldering') });
    await waitFor(async () => (await harness.drafts.getDraft({ id: draft.id })).raw.length > 0);

    const viewer = follow(draft.id, 0);
    const { draft: finished, next } = await viewer.ended;
    const seen = viewer.pieces.join('') + finished.raw.slice(next);
    expect(seen).toBe(text);
    // Live, not only read at the end: the text came in many pieces while it was written.
    expect(viewer.pieces.length).toBeGreaterThan(2);
    expect(next).toBe(text.length);
  });

  it('drops a repeated message, waits for the log to fill a gap, and ends when the draft is saved', async () => {
    const draft = await harness.drafts.createDraft({ input: topicInput('Offsets'), model: 'anthropic:claude-sonnet-5-5' });
    const client = await db();
    await client.generationLease.create({ data: { draftId: draft.id, owner: 'instance-a', expiresAt: new Date(Date.now() + 60_000) } });
    const { appendText } = await import('@/lib/drafts/text-log');
    const { notifications } = await import('@/lib/db/notifications');
    const { LIVE_TEXT_CHANNEL } = await import('@/lib/generation/live-text');
    const run = { id: 'instance-a', since: 0, saved: 0 };
    const notify = (message: object) => notifications().notify(LIVE_TEXT_CHANNEL, JSON.stringify([{ draftId: draft.id, run, ...message }]));
    await appendText({ draftId: draft.id, owner: 'instance-a', offset: 0, text: 'abc' });

    const viewer = follow(draft.id, 1);
    await waitFor(async () => viewer.pieces.join('') === 'bc');
    await notify({ offset: 3, text: 'def' });
    await notify({ offset: 3, text: 'def' });
    await notify({ offset: 9, text: 'jkl' });
    await waitFor(async () => viewer.pieces.join('') === 'bcdef');
    await appendText({ draftId: draft.id, owner: 'instance-a', offset: 3, text: 'def' });
    await appendText({ draftId: draft.id, owner: 'instance-a', offset: 6, text: 'ghi' });
    // Messages past the gap keep coming, as from a live owner: the gap is still read from the log.
    const more = setInterval(() => void notify({ offset: 9, text: 'jkl' }), 20);
    try {
      await waitFor(async () => viewer.pieces.join('') === 'bcdefghijkl');
    } finally {
      clearInterval(more);
    }

    await client.draft.update({ where: { id: draft.id }, data: { status: 'draft', raw: 'abcdefghijklmno' } });
    await notify({ end: true });
    const { draft: finished, next } = await viewer.ended;
    expect(finished.raw.slice(next)).toBe('mno');
    expect(viewer.pieces.join('')).toBe('bcdefghijkl');
  });
});

import 'server-only';
import { encodeStreamEvent, type StreamEvent } from '@/lib/draft-stream';
import type { Draft } from '@/lib/drafts/draft';
import { getDraft } from '@/lib/drafts/queries';
import { activeHubs, type HubEvent } from './hub';

const HEARTBEAT_MS = 15_000;
const DELTA_BATCH_MS = 30;
const encoder = new TextEncoder();

function frame(event: StreamEvent): Uint8Array {
  return encoder.encode(encodeStreamEvent(event));
}

function frameFor(event: HubEvent, startedAt: number): Uint8Array {
  switch (event.type) {
    case 'delta':
      return frame({ event: 'delta', data: { text: event.text } });
    case 'done':
      return frame({ event: 'done', data: event.draft });
    case 'error':
      return frame({ event: 'error', data: { code: event.code, message: event.message } });
    default: {
      const { type: _status, ...phase } = event;
      return frame({ event: 'status', data: { ...phase, startedAt } });
    }
  }
}

function finishedDraftFrames(draft: Draft, offset: number): Uint8Array[] {
  const rest = draft.raw.slice(offset);
  if (draft.status === 'generating') {
    const message = 'This post was being written by a server that is no longer running it. Reload the page in a moment.';
    return [
      ...(rest ? [frame({ event: 'delta', data: { text: rest } })] : []),
      frame({ event: 'error', data: { code: 'not_running', message } }),
    ];
  }
  return [...(rest ? [frame({ event: 'delta', data: { text: rest } })] : []), frame({ event: 'done', data: draft })];
}

/**
 * The raw model text of a draft from character `offset` on, as server-sent events: what was missed at once,
 * then the live deltas. A viewer leaving only unsubscribes; the generation goes on.
 */
export async function openDraftEventStream({ id, offset, signal }: { id: string; offset: number; signal: AbortSignal }) {
  const stored = activeHubs.has(id) ? null : await getDraft({ id });
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const hub = activeHubs.get(id);
      if (!hub) {
        const send = (draft: Draft) => {
          for (const chunk of finishedDraftFrames(draft, offset)) controller.enqueue(chunk);
          controller.close();
        };
        if (stored && stored.status !== 'generating') return send(stored);
        // The generation ended between the lookups above: its final state is in the database.
        return getDraft({ id }).then(send, (error: unknown) => controller.error(error));
      }
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': keep-alive\n\n')), HEARTBEAT_MS);
      // Small deltas are sent together at most every DELTA_BATCH_MS: fewer frames for the browser to
      // parse and render, at a latency nobody watching can see.
      let pendingText = '';
      let batchTimer: ReturnType<typeof setTimeout> | undefined;
      const flushText = () => {
        clearTimeout(batchTimer);
        batchTimer = undefined;
        if (pendingText) controller.enqueue(frame({ event: 'delta', data: { text: pendingText } }));
        pendingText = '';
      };
      let unsubscribe = () => {};
      cleanup = () => {
        clearInterval(heartbeat);
        clearTimeout(batchTimer);
        unsubscribe();
      };
      signal.addEventListener('abort', cleanup);
      controller.enqueue(encoder.encode('retry: 2000\n\n'));
      controller.enqueue(frame({ event: 'status', data: { ...hub.status, startedAt: hub.startedAt } }));
      const missed = hub.textFrom(offset);
      if (missed) controller.enqueue(frame({ event: 'delta', data: { text: missed } }));
      unsubscribe = hub.subscribe((event) => {
        if (event.type === 'delta') {
          pendingText += event.text;
          batchTimer ??= setTimeout(flushText, DELTA_BATCH_MS);
          return;
        }
        flushText();
        controller.enqueue(frameFor(event, hub.startedAt));
        if (event.type === 'done' || event.type === 'error') {
          cleanup();
          controller.close();
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
}

import 'server-only';
import { encodeStreamEvent, type StreamEvent } from '@/lib/draft-stream';
import { getDraft } from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { AppError } from '@/lib/errors';
import { activeHubs, type HubEvent } from './hub';
import { followFromLog } from './log-follower';
import { DELETED_MESSAGE } from './run-generation';

const HEARTBEAT_MS = 15_000;
const DELTA_BATCH_MS = 30;
const encoder = new TextEncoder();

function frame(event: StreamEvent): Uint8Array {
  return encoder.encode(encodeStreamEvent(event));
}

// Every viewer of a generation gets the same status and end events: each is encoded once (a finished draft's is its
// whole text, and twenty posts finishing at once would otherwise encode it once per viewer).
const encodedEvents = new WeakMap<HubEvent, Uint8Array>();

function frameFor(event: Exclude<HubEvent, { type: 'delta' }>, startedAt: number): Uint8Array {
  let encoded = encodedEvents.get(event);
  if (!encoded) {
    encoded = encodeHubEvent(event, startedAt);
    encodedEvents.set(event, encoded);
  }
  return encoded;
}

function encodeHubEvent(event: Exclude<HubEvent, { type: 'delta' }>, startedAt: number): Uint8Array {
  switch (event.type) {
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

/** The rest of a saved draft's text, and `done`; a viewer that has more than the saved text is cut back to it. */
function finishedDraftFrames(draft: Draft, offset: number): Uint8Array[] {
  const from = Math.min(offset, draft.raw.length);
  const rest = draft.raw.slice(from);
  const saved = draft.raw.length;
  const delta = rest || from < offset ? [frame({ event: 'delta', data: { text: rest, offset: from, saved } })] : [];
  return [...delta, frame({ event: 'done', data: draft })];
}

/** A viewer of a generation this process does not run: it follows it through the database (log-follower.ts). */
async function followElsewhere(
  { id, offset, given }: { id: string; offset: number; given: Draft | null },
  controller: ReadableStreamDefaultController<Uint8Array>,
) {
  controller.enqueue(encoder.encode('retry: 2000\n\n'));
  controller.enqueue(frame({ event: 'status', data: { phase: 'writing', startedAt: Date.now() } }));
  const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': keep-alive\n\n')), HEARTBEAT_MS);
  const stopFollowing = await followFromLog({
    id,
    offset,
    given: given ?? undefined,
    onText: (text, at, saved) => controller.enqueue(frame({ event: 'delta', data: { text, offset: at, saved } })),
    onStatus: (status) => controller.enqueue(frame({ event: 'status', data: status })),
    onEnd: (draft, next) => {
      clearInterval(heartbeat);
      for (const chunk of finishedDraftFrames(draft, next)) controller.enqueue(chunk);
      controller.close();
    },
    onError: (error) => {
      clearInterval(heartbeat);
      if (!(error instanceof AppError && error.code === 'not_found')) return controller.error(error);
      controller.enqueue(frame({ event: 'error', data: { code: 'not_found', message: DELETED_MESSAGE } }));
      controller.close();
    },
  });
  return () => {
    clearInterval(heartbeat);
    stopFollowing();
  };
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
        // The generation ended between the lookups above, or runs on another instance: the database has it.
        if (stored && stored.status !== 'generating') {
          for (const chunk of finishedDraftFrames(stored, offset)) controller.enqueue(chunk);
          controller.close();
          return;
        }
        return followElsewhere({ id, offset, given: stored }, controller).then((stop) => {
          cleanup = stop;
          if (signal.aborted) stop();
          else signal.addEventListener('abort', stop);
        });
      }
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': keep-alive\n\n')), HEARTBEAT_MS);
      // Small deltas are sent together at most every DELTA_BATCH_MS: fewer frames for the browser to
      // parse and render, at a latency nobody watching can see.
      // A viewer with more text than this run has got it from a run that died before saving it: it is cut back.
      let next = Math.min(offset, hub.textLength);
      let pendingText = '';
      let batchTimer: ReturnType<typeof setTimeout> | undefined;
      const flushText = () => {
        clearTimeout(batchTimer);
        batchTimer = undefined;
        if (pendingText) controller.enqueue(frame({ event: 'delta', data: { text: pendingText, offset: next, saved: hub.savedLength } }));
        next += pendingText.length;
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
      const missed = hub.textFrom(next);
      if (missed || next < offset)
        controller.enqueue(frame({ event: 'delta', data: { text: missed, offset: next, saved: hub.savedLength } }));
      next += missed.length;
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

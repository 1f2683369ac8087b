import 'server-only';
import { notifications } from '@/lib/db/notifications';
import type { GenerationHub } from './hub';

// Live text across instances on PostgreSQL: the owner of a generation sends what is written as NOTIFY messages
// on one channel, each with its offset, and an `end` once the draft is saved; an instance with viewers of it
// LISTENs. A payload must stay under 8000 bytes: 1000 UTF-16 units are at most 6000 bytes as escaped JSON.

export const LIVE_TEXT_CHANNEL = 'postsmith_live_text';
const PUBLISH_BATCH_MS = 30;
const MAX_PAYLOAD_UNITS = 1_000;

export type LiveTextMessage = { draftId: string; offset: number; text: string } | { draftId: string; end: true };

export function parseLiveTextMessage(payload: string): LiveTextMessage | null {
  try {
    const message = JSON.parse(payload) as Partial<{ draftId: string; offset: number; text: string; end: boolean }>;
    if (typeof message.draftId !== 'string') return null;
    if (message.end === true) return { draftId: message.draftId, end: true };
    if (typeof message.offset === 'number' && typeof message.text === 'string') {
      return { draftId: message.draftId, offset: message.offset, text: message.text };
    }
    return null;
  } catch {
    return null;
  }
}

function send(message: LiveTextMessage): Promise<void> {
  return notifications()
    .notify(LIVE_TEXT_CHANNEL, JSON.stringify(message))
    .catch((error: unknown) =>
      console.warn(`[generation ${message.draftId}] live text not sent; viewers elsewhere read it from the log`, error),
    );
}

/**
 * Sends a running generation's text to viewers on other instances, batched like the local viewers' deltas, from
 * `offset` (the length of the text the run started from) on. Messages leave in order on one connection.
 */
export function publishLiveText(hub: GenerationHub, offset: number): void {
  let sent = offset;
  let pending = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue = Promise.resolve();
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    while (pending) {
      const text = pending.slice(0, MAX_PAYLOAD_UNITS);
      pending = pending.slice(text.length);
      const message = { draftId: hub.draftId, offset: sent, text };
      sent += text.length;
      queue = queue.then(() => send(message));
    }
  };
  const unsubscribe = hub.subscribe((event) => {
    if (event.type === 'delta') {
      pending += event.text;
      timer ??= setTimeout(flush, PUBLISH_BATCH_MS);
      return;
    }
    if (event.type === 'done' || event.type === 'error') {
      flush();
      queue = queue.then(() => send({ draftId: hub.draftId, end: true }));
      unsubscribe();
    }
  });
}

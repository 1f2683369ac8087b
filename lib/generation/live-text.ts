import 'server-only';
import { notifications } from '@/lib/db/notifications';
import type { GenerationHub } from './hub';

// Live text across instances on PostgreSQL: the owner of a generation sends what is written, with its offset, as
// NOTIFY messages on one channel, and an `end` once the draft is saved; an instance with viewers of it LISTENs.
// Every 30 ms one message carries the new text of every generation of this process (more when it would pass the
// 8000-byte payload limit), so the cost stays one small query per tick however many posts are being written.

export const LIVE_TEXT_CHANNEL = 'postsmith_live_text';
const PUBLISH_BATCH_MS = 30;
// A piece of text is at most 1000 UTF-16 units, at most 6000 bytes as escaped JSON; a notification is filled with
// pieces up to 7,500 bytes.
const MAX_PIECE_UNITS = 1_000;
const MAX_PAYLOAD_BYTES = 7_500;

export type LiveTextMessage = { draftId: string; offset: number; text: string } | { draftId: string; end: true };

function isMessage(value: unknown): value is LiveTextMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<{ draftId: unknown; offset: unknown; text: unknown; end: unknown }>;
  if (typeof message.draftId !== 'string') return false;
  return message.end === true || (typeof message.offset === 'number' && typeof message.text === 'string');
}

/** The messages of one notification; none when it is not one of ours. */
export function parseLiveTextPayload(payload: string): LiveTextMessage[] {
  try {
    const parsed = JSON.parse(payload) as unknown;
    return Array.isArray(parsed) ? parsed.filter(isMessage) : [];
  } catch {
    return [];
  }
}

type Outgoing = {
  pending: Map<string, { offset: number; text: string }>;
  ends: string[];
  timer?: ReturnType<typeof setTimeout>;
  queue: Promise<void>;
};
const globalForLiveText = globalThis as typeof globalThis & { postsmithLiveText?: Outgoing };

function outgoing(): Outgoing {
  globalForLiveText.postsmithLiveText ??= { pending: new Map(), ends: [], queue: Promise.resolve() };
  return globalForLiveText.postsmithLiveText;
}

function flush(): void {
  const out = outgoing();
  out.timer = undefined;
  const payloads: string[] = [];
  let batch: string[] = [];
  let bytes = 2;
  const add = (message: LiveTextMessage) => {
    const json = JSON.stringify(message);
    const size = Buffer.byteLength(json) + 1;
    if (bytes + size > MAX_PAYLOAD_BYTES && batch.length > 0) {
      payloads.push(`[${batch.join(',')}]`);
      batch = [];
      bytes = 2;
    }
    batch.push(json);
    bytes += size;
  };
  for (const [draftId, { offset, text }] of out.pending) {
    for (let start = 0; start < text.length; start += MAX_PIECE_UNITS) {
      add({ draftId, offset: offset + start, text: text.slice(start, start + MAX_PIECE_UNITS) });
    }
  }
  for (const draftId of out.ends) add({ draftId, end: true });
  if (batch.length > 0) payloads.push(`[${batch.join(',')}]`);
  out.pending.clear();
  out.ends = [];
  for (const payload of payloads) {
    out.queue = out.queue.then(() =>
      notifications()
        .notify(LIVE_TEXT_CHANNEL, payload)
        .catch((error: unknown) => console.warn('Live text not sent; viewers on other instances read it from the log', error)),
    );
  }
}

function scheduleFlush(): void {
  const out = outgoing();
  out.timer ??= setTimeout(flush, PUBLISH_BATCH_MS);
}

/**
 * Sends a running generation's text to viewers on other instances from `offset` (the length of the text the run
 * started from) on, and its end once the draft is saved. Messages leave in order on one connection.
 */
export function publishLiveText(hub: GenerationHub, offset: number): void {
  let next = offset;
  const unsubscribe = hub.subscribe((event) => {
    const out = outgoing();
    if (event.type === 'delta') {
      const pending = out.pending.get(hub.draftId);
      if (pending) pending.text += event.text;
      else out.pending.set(hub.draftId, { offset: next, text: event.text });
      next += event.text.length;
      scheduleFlush();
      return;
    }
    if (event.type === 'done' || event.type === 'error') {
      out.ends.push(hub.draftId);
      scheduleFlush();
      unsubscribe();
    }
  });
}

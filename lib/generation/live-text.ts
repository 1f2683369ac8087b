import 'server-only';
import { notifications } from '@/lib/db/notifications';
import type { GenerationPhase } from '@/lib/draft-stream';
import { activeHubs, type GenerationHub } from './hub';

// Live text across instances on PostgreSQL: the owner of a generation sends what is written, with its offset, its
// phase changes (writing, continuing, retrying…) at the offset they happened, and an `end` once the draft is saved,
// as NOTIFY messages on one channel; an instance with viewers of it LISTENs. Every 30 ms one message carries the new
// text of every generation of this process (more when it would pass the 8000-byte payload limit), so the cost
// stays one small query per tick however many posts are being written.
// A viewer arriving on another instance reads the log, then asks the owner (on a second channel, which only owners
// LISTEN to) for the text from there on: what was written since the last checkpoint lives only in the owner's
// memory, and it answers at once instead of the viewer waiting for the next checkpoint.

export const LIVE_TEXT_CHANNEL = 'postsmith_live_text';
export const LIVE_TEXT_WANTED_CHANNEL = 'postsmith_live_text_wanted';
const PUBLISH_BATCH_MS = 30;
// A piece of text is at most 1000 UTF-16 units, at most 6000 bytes as escaped JSON; a notification is filled with
// pieces up to 7,500 bytes.
const MAX_PIECE_UNITS = 1_000;
const MAX_PAYLOAD_BYTES = 7_500;

/** A phase change, as viewers see it: the phase and when the run started. */
export type LivePhase = GenerationPhase & { startedAt: number };

/**
 * The run that sent a message: one owner's hold on a generation, from its start or takeover to its end. `id` is its
 * lease token, `since` the length of the text it started from and `saved` how much of the text it had checkpointed
 * when it sent the message: text below those is in the log for good, text beyond them dies with the run if its
 * instance does, and whoever takes over writes on from its last checkpoint, possibly in other words.
 */
export type LiveRun = { id: string; since: number; saved: number };

export type LiveTextMessage =
  | { draftId: string; run: LiveRun; offset: number; text: string }
  /** The run's phase from character `at` of the text on. */
  | { draftId: string; run: LiveRun; at: number; status: LivePhase }
  | { draftId: string; run: LiveRun; end: true };

function isRun(value: unknown): value is LiveRun {
  const run = value as Partial<Record<keyof LiveRun, unknown>> | null | undefined;
  return typeof run?.id === 'string' && typeof run.since === 'number' && typeof run.saved === 'number';
}

function isMessage(value: unknown): value is LiveTextMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<'draftId' | 'run' | 'offset' | 'text' | 'end' | 'at' | 'status', unknown>>;
  if (typeof message.draftId !== 'string' || !isRun(message.run)) return false;
  if (message.end === true) return true;
  if (typeof message.at === 'number') {
    const status = message.status as Partial<LivePhase> | null | undefined;
    return typeof status?.phase === 'string' && typeof status.startedAt === 'number';
  }
  return typeof message.offset === 'number' && typeof message.text === 'string';
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
  /** Per draft, its messages in the order they happened; consecutive text is merged into one message. */
  pending: Map<string, LiveTextMessage[]>;
  timer?: ReturnType<typeof setTimeout>;
  queue: Promise<void>;
  answering: Promise<unknown> | null;
};
const globalForLiveText = globalThis as typeof globalThis & { postsmithLiveText?: Outgoing };

function outgoing(): Outgoing {
  globalForLiveText.postsmithLiveText ??= { pending: new Map(), queue: Promise.resolve(), answering: null };
  return globalForLiveText.postsmithLiveText;
}

function flush(): void {
  const out = outgoing();
  clearTimeout(out.timer);
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
  for (const messages of out.pending.values()) {
    for (const message of messages) {
      if (!('text' in message)) {
        add(message);
        continue;
      }
      const { draftId, run, offset, text } = message;
      for (let start = 0; start < text.length; start += MAX_PIECE_UNITS) {
        add({ draftId, run, offset: offset + start, text: text.slice(start, start + MAX_PIECE_UNITS) });
      }
    }
  }
  if (batch.length > 0) payloads.push(`[${batch.join(',')}]`);
  out.pending.clear();
  for (const payload of payloads) {
    out.queue = out.queue.then(() =>
      notifications()
        .notify(LIVE_TEXT_CHANNEL, payload)
        .catch((error: unknown) => console.warn('Live text not sent; viewers on other instances read it from the log', error)),
    );
  }
}

function enqueue(message: LiveTextMessage): void {
  const out = outgoing();
  const messages = out.pending.get(message.draftId) ?? [];
  out.pending.set(message.draftId, messages);
  const last = messages.at(-1);
  if ('text' in message && last && 'text' in last && last.offset + last.text.length === message.offset) {
    last.text += message.text;
    last.run = message.run;
  } else messages.push(message);
  out.timer ??= setTimeout(flush, PUBLISH_BATCH_MS);
}

function livePhase(hub: GenerationHub): LivePhase {
  return { ...hub.status, startedAt: hub.startedAt };
}

function liveRun(hub: GenerationHub): LiveRun {
  return { id: hub.run, since: hub.since, saved: hub.savedLength };
}

type Wanted = { draftId: string; from: number };

function isWanted(value: unknown): value is Wanted {
  const wanted = value as Partial<Record<keyof Wanted, unknown>> | null;
  return typeof wanted?.draftId === 'string' && typeof wanted.from === 'number' && wanted.from >= 0;
}

/** The owner's side of viewers' requests: for each of its generations asked for, the text from where that viewer is, and the phase, sent now. */
function answerRequests(payload: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return;
  }
  let answered = false;
  for (const { draftId, from } of Array.isArray(parsed) ? parsed.filter(isWanted) : []) {
    const hub = activeHubs.get(draftId);
    if (!hub) continue;
    const text = hub.textFrom(from);
    if (text) enqueue({ draftId, run: liveRun(hub), offset: from, text });
    enqueue({ draftId, run: liveRun(hub), at: hub.textLength, status: livePhase(hub) });
    answered = true;
  }
  if (answered) flush();
}

/** Answers viewers' requests for the unsaved text of this process's generations (once per process). */
function listenForRequests(): void {
  const out = outgoing();
  out.answering ??= notifications()
    .listen(LIVE_TEXT_WANTED_CHANNEL, answerRequests, () => {})
    .catch((error: unknown) => {
      out.answering = null;
      console.warn('Not answering requests for live text; viewers on other instances wait for checkpoints', error);
    });
}

// A request holds at most 100 drafts (about 6,000 bytes); those made in one tick leave together, so sixty viewers
// connecting at once cost each side one notification, not sixty round trips on its one connection.
const MAX_WANTED_PER_PAYLOAD = 100;
type Asking = { wanted: Wanted[]; sent: Promise<void> | null };
const globalForAsking = globalThis as typeof globalThis & { postsmithAsking?: Asking };

/** Asks the instance writing `draftId` for its text from character `from` on (it answers on LIVE_TEXT_CHANNEL). */
export function requestLiveText(wanted: Wanted): Promise<void> {
  globalForAsking.postsmithAsking ??= { wanted: [], sent: null };
  const asking = globalForAsking.postsmithAsking;
  asking.wanted.push(wanted);
  asking.sent ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    const all = asking.wanted;
    asking.wanted = [];
    asking.sent = null;
    for (let start = 0; start < all.length; start += MAX_WANTED_PER_PAYLOAD) {
      await notifications().notify(LIVE_TEXT_WANTED_CHANNEL, JSON.stringify(all.slice(start, start + MAX_WANTED_PER_PAYLOAD)));
    }
  });
  return asking.sent;
}

/**
 * Sends a running generation's text to viewers on other instances from where the run started on, its phase changes,
 * and its end once the draft is saved, each marked with the run. Messages leave in order on one connection.
 */
export function publishLiveText(hub: GenerationHub): void {
  listenForRequests();
  let next = hub.since;
  const unsubscribe = hub.subscribe((event) => {
    const { draftId } = hub;
    if (event.type === 'delta') {
      enqueue({ draftId, run: liveRun(hub), offset: next, text: event.text });
      next += event.text.length;
    } else if (event.type === 'status') {
      enqueue({ draftId, run: liveRun(hub), at: next, status: livePhase(hub) });
    } else {
      enqueue({ draftId, run: liveRun(hub), end: true });
      unsubscribe();
    }
  });
}

import 'server-only';
import { databaseProvider } from '@/lib/db/location';
import { notifications } from '@/lib/db/notifications';
import { getDraft } from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { LIVE_TEXT_CHANNEL, type LivePhase, type LiveTextMessage, parseLiveTextPayload, requestLiveText } from './live-text';

// How often the database is read again without news: on SQLite (one process, so only while a restarted server
// waits to take a generation over) this is how text arrives; on PostgreSQL notifications bring it, and this only
// catches what a dropped notification connection missed, once the owner has been silent that long (while its
// text keeps coming, the viewers of a post cost the database nothing). A gap in the notified text is filled from
// the log sooner.
const POLL_MS = { sqlite: 250, postgresql: 2_000 } as const;
const GAP_POLL_MS = 100;

type Follower = { onMessage: (message: LiveTextMessage) => void; onReconnect: () => void };
type Registry = { followers: Map<string, Set<Follower>>; listening: Promise<unknown> | null };
const globalForFollowers = globalThis as typeof globalThis & { postsmithFollowers?: Registry };

/** One LISTEN handler per process parses each notification once and hands its messages to the followers of each draft. */
async function followNotifications(id: string, follower: Follower): Promise<() => void> {
  globalForFollowers.postsmithFollowers ??= { followers: new Map(), listening: null };
  const registry = globalForFollowers.postsmithFollowers;
  registry.listening ??= notifications()
    .listen(
      LIVE_TEXT_CHANNEL,
      (payload) => {
        for (const message of parseLiveTextPayload(payload)) {
          for (const each of registry.followers.get(message.draftId) ?? []) each.onMessage(message);
        }
      },
      () => {
        for (const set of registry.followers.values()) for (const each of set) each.onReconnect();
      },
    )
    .catch((error: unknown) => {
      registry.listening = null;
      throw error;
    });
  await registry.listening;
  const set = registry.followers.get(id) ?? new Set();
  registry.followers.set(id, set);
  set.add(follower);
  return () => {
    set.delete(follower);
    if (set.size === 0 && registry.followers.get(id) === set) registry.followers.delete(id);
  };
}

/**
 * Follows a generation that another instance writes (or that waits to be taken over) from character `offset`:
 * what was missed from the log at once, then on PostgreSQL what the owner has not checkpointed yet (asked for) and
 * the live text it notifies, each character once and in order (a message's offset shows what is a repeat and what
 * is a gap; a gap is read from the log), with its phase changes where they happened in the text, until the draft
 * is no longer generating. Resolves with a function that stops following.
 */
export async function followFromLog({
  id,
  offset,
  given,
  onText,
  onStatus = () => {},
  onEnd,
  onError,
}: {
  id: string;
  offset: number;
  /** The draft as the caller just read it, used instead of reading it again (what it missed, the owner sends). */
  given?: Draft;
  onText: (text: string) => void;
  onStatus?: (status: LivePhase) => void;
  onEnd: (draft: Draft, next: number) => void;
  onError: (error: unknown) => void;
}): Promise<() => void> {
  let next = offset;
  let ended = false;
  const ahead = new Map<number, string>();
  // Phase changes wait until the text before them has been passed on; at one offset only the latest counts.
  const statuses = new Map<number, LivePhase>();
  const passStatuses = () => {
    for (const [at, status] of [...statuses].sort(([a], [b]) => a - b)) {
      if (at > next) break;
      statuses.delete(at);
      onStatus(status);
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let readAgain = false;
  const provider = databaseProvider();

  const accept = (at: number, text: string) => {
    if (ended || at + text.length <= next) return;
    if (at > next) {
      ahead.set(at, text);
      schedule(GAP_POLL_MS);
      return;
    }
    deliver(text.slice(next - at));
    for (const [start, rest] of [...ahead].sort(([a], [b]) => a - b)) {
      if (start > next) break;
      ahead.delete(start);
      accept(start, rest);
    }
  };
  // Text from `next` on, cut where a phase changed, so each change reaches the viewer at its place in the text.
  const deliver = (text: string) => {
    let rest = text;
    while (rest) {
      const cut = Math.min(...[...statuses.keys()].filter((at) => at > next && at < next + rest.length), next + rest.length);
      onText(rest.slice(0, cut - next));
      rest = rest.slice(cut - next);
      next = cut;
      passStatuses();
    }
  };
  const read = async (alreadyRead?: Draft) => {
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      do {
        readAgain = false;
        const draft = alreadyRead ?? (await getDraft({ id }));
        alreadyRead = undefined;
        if (ended) return;
        if (draft.status !== 'generating') {
          ended = true;
          clearTimeout(timer);
          stopListening();
          onEnd(draft, next);
          return;
        }
        accept(0, draft.raw);
      } while (readAgain);
      schedule(ahead.size > 0 ? GAP_POLL_MS : POLL_MS[provider]);
    } catch (error) {
      ended = true;
      stopListening();
      onError(error);
    } finally {
      reading = false;
    }
  };
  // A read already due sooner is kept: messages arriving every 30 ms must not push a gap's read back forever.
  let dueAt = Number.POSITIVE_INFINITY;
  let heardAt = 0;
  function schedule(ms: number) {
    if (ended || (timer !== undefined && dueAt <= Date.now() + ms)) return;
    clearTimeout(timer);
    dueAt = Date.now() + ms;
    timer = setTimeout(() => {
      timer = undefined;
      const quietFor = Date.now() - heardAt;
      if (ahead.size === 0 && quietFor < POLL_MS[provider]) schedule(POLL_MS[provider] - quietFor);
      else void read();
    }, ms);
  }

  // What the owner wrote since its last checkpoint: asked for once the log is read, and after a lost connection.
  const ask = async () => {
    if (ended || provider !== 'postgresql') return;
    await requestLiveText({ draftId: id, from: next }).catch((error: unknown) =>
      console.warn(`[draft ${id}] could not ask for the live text; it comes from the log`, error),
    );
  };
  let stopListening = () => {};
  if (provider === 'postgresql') {
    stopListening = await followNotifications(id, {
      onMessage: (message) => {
        heardAt = Date.now();
        if ('end' in message) void read();
        else if ('status' in message) {
          if (ended) return;
          statuses.set(message.at, message.status);
          passStatuses();
        } else accept(message.offset, message.text);
      },
      onReconnect: () => void read().then(ask),
    });
  }
  await read(given);
  await ask();
  return () => {
    ended = true;
    clearTimeout(timer);
    stopListening();
  };
}

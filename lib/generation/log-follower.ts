import 'server-only';
import { databaseProvider } from '@/lib/db/location';
import { notifications } from '@/lib/db/notifications';
import { getDraft } from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { LIVE_TEXT_CHANNEL, type LivePhase, type LiveRun, type LiveTextMessage, parseLiveTextPayload, requestLiveText } from './live-text';

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
 * is no longer generating. Text passed on is what the database holds or will hold: where a run that relayed text
 * died before saving it and another wrote on in other words, the text is passed again from where they may differ
 * (`onText`'s `at` below what was passed before). Resolves with a function that stops following.
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
  /** The text from character `at` on, replacing whatever the viewer has from there; `saved` characters are final. */
  onText: (text: string, at: number, saved: number) => void;
  onStatus?: (status: LivePhase) => void;
  onEnd: (draft: Draft, next: number) => void;
  onError: (error: unknown) => void;
}): Promise<() => void> {
  let next = offset;
  let ended = false;
  // The viewer's text up to `confirmed` is the log's; `unsaved` is the rest, as run `run` relayed it: that run may
  // die before checkpointing it, and the run that takes over writes on from the log. `logged`: how long the log is
  // known to be. Messages from runs that ended are dropped.
  let confirmed = offset;
  let unsaved = '';
  let logged = 0;
  let run: string | null = null;
  const endedRuns = new Set<string>();
  let readOnce = false;
  let cutPending = false;
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
      const piece = rest.slice(0, cut - next);
      onText(piece, next, confirmed);
      cutPending = false;
      unsaved += piece;
      rest = rest.slice(cut - next);
      next = cut;
      passStatuses();
    }
  };
  /** Takes the viewer's text back to character `at`; what follows is passed from there. */
  const cutBack = (at: number) => {
    if (at >= next) return;
    unsaved = unsaved.slice(0, at - confirmed);
    next = at;
    cutPending = true;
    ahead.clear();
    for (const key of statuses.keys()) if (key > at) statuses.delete(key);
  };
  const confirm = () => {
    const upTo = Math.min(logged, next);
    if (upTo <= confirmed) return;
    unsaved = unsaved.slice(upTo - confirmed);
    confirmed = upTo;
  };
  // The log is final. The viewer's text beyond the log when it came may be a dead run's, so it is passed again from
  // the log's end; after that, where the log differs from what a run relayed, that run died before saving it.
  const reconcile = (raw: string, final: boolean) => {
    if (!readOnce) {
      readOnce = true;
      confirmed = Math.min(next, raw.length);
      cutBack(confirmed);
    } else {
      const end = Math.min(raw.length, next);
      for (let at = confirmed; at < end; at++) {
        if (raw[at] === unsaved[at - confirmed]) continue;
        cutBack(at);
        break;
      }
      if (final) cutBack(raw.length);
    }
    logged = Math.max(logged, raw.length);
  };
  // A message from another run than the one whose text was passed on: that one ended (its instance died, or lost
  // its lease) and this one wrote on from the log, so the viewer's text goes back to what it knows was saved (the
  // text between may be a third run's, never heard of), and the new owner is asked for the rest.
  const followRun = ({ id: runId, since, saved }: LiveRun) => {
    if (runId !== run) {
      if (run !== null) endedRuns.add(run);
      run = runId;
      cutBack(confirmed);
      if (cutPending) void ask();
    }
    logged = Math.max(logged, since, saved);
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
        const final = draft.status !== 'generating';
        const wasFirst = !readOnce;
        reconcile(draft.raw, final);
        if (final) {
          ended = true;
          clearTimeout(timer);
          stopListening();
          if (cutPending) {
            onText(draft.raw.slice(next), next, draft.raw.length);
            next = draft.raw.length;
          }
          onEnd(draft, next);
          return;
        }
        const cut = cutPending;
        accept(0, draft.raw);
        confirm();
        if (cut && !wasFirst) void ask();
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
        if (ended || endedRuns.has(message.run.id)) return;
        if ('end' in message) return void read();
        // Before the log is read, where the viewer stands is not settled: the owner is asked for its text after it.
        if (!readOnce) return;
        followRun(message.run);
        if ('status' in message) {
          statuses.set(message.at, message.status);
          passStatuses();
        } else {
          accept(message.offset, message.text);
          confirm();
        }
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

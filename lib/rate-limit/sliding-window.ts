export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type Rule = { key: string; limit: number };

/**
 * Seconds until every rule has room again, from each rule's hits in the window (times, oldest first); 0 when an
 * event may happen now. The one reading of a window, for the counts in memory and those shared through the database.
 */
export function secondsUntilRoom(rules: { limit: number; recent: readonly number[] }[], windowMs: number, now: number): number {
  let retryAfterMs = 0;
  for (const { limit, recent } of rules) {
    if (recent.length < limit) continue;
    const oldestThatMustExpire = recent[recent.length - limit] ?? now;
    retryAfterMs = Math.max(retryAfterMs, oldestThatMustExpire + windowMs - now);
  }
  return retryAfterMs > 0 ? Math.max(1, Math.ceil(retryAfterMs / 1000)) : 0;
}

/**
 * Counts events per key over the last `windowMs`, in memory: right for one server process (SQLite); instances on
 * PostgreSQL share theirs through the database (shared-hits.ts). A refused attempt is not counted, so a client that
 * waits the announced time always gets through.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.windowMs;
    const kept = (this.hits.get(key) ?? []).filter((time) => time > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }

  /** Seconds until every rule has room again; 0 when an event may happen now. Records nothing. */
  retryAfterSeconds(rules: Rule[], now = Date.now()): number {
    if (this.hits.size > 10_000) this.prune(now);
    return secondsUntilRoom(
      rules.map(({ key, limit }) => ({ limit, recent: this.recent(key, now) })),
      this.windowMs,
      now,
    );
  }

  /** Records one event under every rule's key when all of them have room; otherwise records nothing. */
  take(rules: Rule[], now = Date.now()): LimitDecision {
    const wait = this.retryAfterSeconds(rules, now);
    if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
    for (const { key } of rules) this.hits.set(key, [...this.recent(key, now), now]);
    return { allowed: true };
  }

  private prune(now: number): void {
    for (const key of [...this.hits.keys()]) this.recent(key, now);
  }
}

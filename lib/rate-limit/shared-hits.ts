import 'server-only';
import { db } from '@/lib/db/client';
import { databaseProvider } from '@/lib/db/location';

// Hits older than this are no use to any rule (the longest is the login lockout's 15 minutes) and are deleted.
const KEEP_MS = 15 * 60_000;

/** A read-then-record on the shared counts, one at a time across every instance on the database. */
export type HitTransaction = {
  /** Times (ms since the epoch) of the hits under `key` after `since`, oldest first. */
  recent(key: string, since: number): Promise<number[]>;
  record(keys: readonly string[], at: number): Promise<void>;
};

/**
 * Whether counts are shared through the database: on PostgreSQL, where several instances may serve one site. On
 * SQLite the app is one process and counts stay in its memory (SlidingWindow, the login FailureLog).
 */
export function hitsAreShared(): boolean {
  return databaseProvider() === 'postgresql';
}

/**
 * Runs `work` holding a transaction-wide advisory lock named by `lock`, so a check and the hit it records cannot
 * interleave with another instance's: two guesses or starts sent at once to two instances are counted one after
 * the other, as they are in one process.
 */
export async function withSharedHits<T>(lock: string, work: (hits: HitTransaction) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`postsmith:${lock}`}))`;
    return work({
      async recent(key, since) {
        const rows = await tx.rateLimitHit.findMany({
          where: { key, at: { gt: new Date(since) } },
          orderBy: { at: 'asc' },
          select: { at: true },
        });
        return rows.map((row) => row.at.getTime());
      },
      async record(keys, at) {
        await tx.rateLimitHit.createMany({ data: keys.map((key) => ({ key, at: new Date(at) })) });
        await tx.rateLimitHit.deleteMany({ where: { at: { lt: new Date(at - KEEP_MS) } } });
      },
    });
  });
}

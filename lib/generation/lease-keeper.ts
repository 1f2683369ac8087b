import 'server-only';
import { randomUUID } from 'node:crypto';
import { renewLeases } from '@/lib/drafts';

/** A new lease token for one run of one generation; the process id helps read the database by hand. */
export function newLeaseOwner(): string {
  return `${process.pid}-${randomUUID()}`;
}

type Kept = { leaseMs: number; onStopAsked: () => void; onLost: () => void };
type Keeper = { runs: Map<string, Kept>; timer: NodeJS.Timeout | null; renewing: boolean };

// One keeper per process on globalThis (route handlers and instrumentation get separate copies of this module):
// every run's lease is renewed by one timer, in two queries per tick however many posts this process writes.
const globalForLeases = globalThis as typeof globalThis & { postsmithLeaseKeeper?: Keeper };

function keeper(): Keeper {
  globalForLeases.postsmithLeaseKeeper ??= { runs: new Map(), timer: null, renewing: false };
  return globalForLeases.postsmithLeaseKeeper;
}

async function renewAll(current: Keeper): Promise<void> {
  const byLeaseMs = new Map<number, string[]>();
  for (const [owner, { leaseMs }] of current.runs) byLeaseMs.set(leaseMs, [...(byLeaseMs.get(leaseMs) ?? []), owner]);
  for (const [leaseMs, owners] of byLeaseMs) {
    const held = await renewLeases({ owners, leaseMs });
    for (const owner of owners) {
      const run = current.runs.get(owner);
      if (!run) continue;
      if (!held.has(owner)) run.onLost();
      else if (held.get(owner) === 'stop') run.onStopAsked();
    }
  }
}

/**
 * Renews a run's lease (token `owner`) while it writes, often enough that a Stop asked on another instance is seen
 * within about a second, and tells the run when it was asked to stop or lost the lease. A failed renewal (the
 * database unreachable for a moment) is retried; if it lasts past the lease, another instance takes over and this
 * run's writes are refused. Returns the function that stops renewing.
 */
export function keepLease({
  owner,
  leaseMs,
  onStopAsked,
  onLost,
}: {
  owner: string;
  leaseMs: number;
  onStopAsked: () => void;
  onLost: () => void;
}): () => void {
  const current = keeper();
  current.runs.set(owner, { leaseMs, onStopAsked, onLost });
  current.timer ??= setInterval(
    () => {
      if (current.renewing) return;
      current.renewing = true;
      renewAll(current)
        .catch((error: unknown) => console.warn('Renewing the leases of running generations failed', error))
        .finally(() => {
          current.renewing = false;
        });
    },
    Math.max(50, Math.min(1_000, leaseMs / 3)),
  );
  current.timer.unref();
  return () => {
    current.runs.delete(owner);
    if (current.runs.size > 0 || !current.timer) return;
    clearInterval(current.timer);
    current.timer = null;
  };
}

import 'server-only';
import { randomUUID } from 'node:crypto';
import { renewLease } from '@/lib/drafts';

/** A new lease token for one run of one generation; the process id helps read the database by hand. */
export function newLeaseOwner(): string {
  return `${process.pid}-${randomUUID()}`;
}

/**
 * Renews a run's lease while it writes, often enough that a Stop asked on another instance is seen within about
 * a second, and tells the run when it was asked to stop or lost the lease. A failed renewal (the database
 * unreachable for a moment) is retried; if it lasts past the lease, another instance takes over and this run's
 * writes are refused.
 */
export function keepLease({
  draftId,
  owner,
  leaseMs,
  onStopAsked,
  onLost,
}: {
  draftId: string;
  owner: string;
  leaseMs: number;
  onStopAsked: () => void;
  onLost: () => void;
}): () => void {
  let renewing = false;
  const timer = setInterval(
    () => {
      if (renewing) return;
      renewing = true;
      renewLease({ draftId, owner, leaseMs })
        .then((lease) => {
          if (!lease) onLost();
          else if (lease.request === 'stop') onStopAsked();
        })
        .catch((error: unknown) => console.warn(`[generation ${draftId}] lease renewal failed`, error))
        .finally(() => {
          renewing = false;
        });
    },
    Math.max(50, Math.min(1_000, leaseMs / 3)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

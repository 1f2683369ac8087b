import 'server-only';
import { findOrphanedGenerations, getDraft, releaseLeftoverLeases, takeOverLease } from '@/lib/drafts';
import { serverEnv } from '@/lib/env';
import { activeHubs } from './hub';
import { launch, settleStopped } from './launch';
import { newLeaseOwner } from './lease-keeper';

/**
 * Takes over the generations whose instance died (its lease lapsed) and continues each from its log, as a
 * continuation: what the log holds is kept, and the model writes on from there. One asked to stop before its
 * owner died is settled as stopped instead. A restarted single instance does the same for its own generations once
 * their leases lapse (an instance cannot tell its predecessor from another live instance). Resolves with how many
 * were taken.
 */
export async function takeOverOrphanedGenerations(): Promise<number> {
  const { GENERATION_LEASE_MS: leaseMs, MAX_CONCURRENT_GENERATIONS: cap } = serverEnv();
  let taken = 0;
  for (const id of await findOrphanedGenerations({ graceMs: leaseMs })) {
    if (activeHubs.has(id)) continue;
    if (activeHubs.size >= cap) break;
    const owner = newLeaseOwner();
    const lease = await takeOverLease({ draftId: id, owner, leaseMs });
    if (!lease) continue;
    taken++;
    if (lease.request === 'stop') await settleStopped(id, owner);
    else launch(await getDraft({ id }), owner);
  }
  return taken;
}

const globalForRecovery = globalThis as typeof globalThis & { postsmithRecovery?: NodeJS.Timeout };

/**
 * At start and then every half lease: generations of instances that died are continued here. The start's sweep
 * is its first write (a failure there, such as a read-only database, reaches the caller).
 */
export async function startGenerationRecovery(): Promise<void> {
  if (globalForRecovery.postsmithRecovery) return;
  const report = (count: number) => {
    if (count > 0) console.warn(`Took over ${count} generation(s) whose server stopped; continuing them from their saved text.`);
  };
  await releaseLeftoverLeases();
  report(await takeOverOrphanedGenerations());
  globalForRecovery.postsmithRecovery = setInterval(() => {
    takeOverOrphanedGenerations().then(report, (error: unknown) =>
      console.error('Taking over generations of stopped servers failed', error),
    );
  }, serverEnv().GENERATION_LEASE_MS / 2);
  globalForRecovery.postsmithRecovery.unref();
}

/** Stops looking for generations to take over (tests that play a second instance, or a dead one). */
export function stopGenerationRecovery(): void {
  clearInterval(globalForRecovery.postsmithRecovery);
  globalForRecovery.postsmithRecovery = undefined;
}

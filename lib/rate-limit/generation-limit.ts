import 'server-only';
import { serverEnv } from '@/lib/env';
import { hitsAreShared, withSharedHits } from './shared-hits';
import { type LimitDecision, type Rule, SlidingWindow, secondsUntilRoom } from './sliding-window';

const WINDOW_MS = 60_000;

export type GenerationRefusal = { message: string; retryAfterSeconds: number };

const store = globalThis as typeof globalThis & { postsmithGenerationStarts?: SlidingWindow };

function generationStarts(): SlidingWindow {
  store.postsmithGenerationStarts ??= new SlidingWindow(WINDOW_MS);
  return store.postsmithGenerationStarts;
}

const seconds = (count: number) => `${count} second${count === 1 ? '' : 's'}`;

/**
 * Counts one generation start for `client` against its own and the global per-minute allowance. Returns why
 * it may not start, or null when it may (and is counted). The engine's door (startWriting) calls it.
 */
export async function takeGenerationStart({
  client,
  personId,
  now,
}: {
  client: string;
  /** A logged-in person is also held to the per-address allowance as an account, wherever they connect from. */
  personId?: string | null;
  now?: number;
}): Promise<GenerationRefusal | null> {
  const env = serverEnv();
  const at = now ?? Date.now();
  const rules: Rule[] = [
    { key: `start:client:${client}`, limit: env.GENERATION_RATE_LIMIT_PER_MINUTE },
    ...(personId ? [{ key: `start:person:${personId}`, limit: env.GENERATION_RATE_LIMIT_PER_MINUTE }] : []),
    { key: 'start:all-clients', limit: env.GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE },
  ];
  const decision = hitsAreShared() ? await takeShared(rules, at) : generationStarts().take(rules, at);
  if (decision.allowed) return null;
  return {
    message: `Too many posts started in a minute. Try again in ${seconds(decision.retryAfterSeconds)}.`,
    retryAfterSeconds: decision.retryAfterSeconds,
  };
}

// The same rule as SlidingWindow.take, on the counts every instance shares.
function takeShared(rules: Rule[], at: number): Promise<LimitDecision> {
  return withSharedHits('generation-starts', async (hits) => {
    const counted = [];
    for (const { key, limit } of rules) counted.push({ limit, recent: await hits.recent(key, at - WINDOW_MS) });
    const retryAfterSeconds = secondsUntilRoom(counted, WINDOW_MS, at);
    if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds };
    await hits.record(
      rules.map((rule) => rule.key),
      at,
    );
    return { allowed: true };
  });
}

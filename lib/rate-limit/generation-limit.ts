import 'server-only';
import { serverEnv } from '@/lib/env';
import { SlidingWindow } from './sliding-window';

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
export function takeGenerationStart({ client, now }: { client: string; now?: number }): GenerationRefusal | null {
  const env = serverEnv();
  const decision = generationStarts().take(
    [
      { key: `client:${client}`, limit: env.GENERATION_RATE_LIMIT_PER_MINUTE },
      { key: 'all-clients', limit: env.GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE },
    ],
    now,
  );
  if (decision.allowed) return null;
  return {
    message: `Too many posts started in a minute. Try again in ${seconds(decision.retryAfterSeconds)}.`,
    retryAfterSeconds: decision.retryAfterSeconds,
  };
}

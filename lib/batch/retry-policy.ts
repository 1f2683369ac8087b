import type { Interruption } from '@/lib/drafts/draft';

/** Attempts per job before it is marked failed (each attempt already retries breaks inside the generation). */
export const MAX_JOB_ATTEMPTS = 4;
const MAX_DELAY_MS = 5 * 60_000;

/**
 * Whether waiting can fix what interrupted a job's draft: the API kept failing (overload, rate limits, broken
 * or silent connections) or a save failed. Bad keys, unknown models and refused requests are not retried.
 */
export function isRetryable(interruption: Interruption | null): boolean {
  return interruption === 'api_failed' || interruption === 'save_failed';
}

/** Exponential backoff after the `attempt`th failed attempt, with jitter so jobs that failed together spread out. */
export function retryDelayMs({
  attempt,
  baseMs,
  random = Math.random,
}: {
  attempt: number;
  baseMs: number;
  random?: () => number;
}): number {
  const delay = Math.min(baseMs * 5 * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return Math.round(delay * (0.8 + random() * 0.4));
}

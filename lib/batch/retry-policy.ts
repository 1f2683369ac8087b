/** Attempts per job before it is marked failed (each attempt already retries breaks inside the generation). */
export const MAX_JOB_ATTEMPTS = 4;
const MAX_DELAY_MS = 5 * 60_000;

// The engine's messages for failures that waiting can fix: overload (529), rate limits (429), broken or
// silent connections, a failed save. Bad keys, unknown models and refused requests are not retried.
const RETRYABLE = /overloaded|rate limit|connection to the API broke|sent nothing|Saving the post failed/i;

export function isRetryable(error: string | null): boolean {
  return error !== null && RETRYABLE.test(error);
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

// No server-only guard: proxy.ts counts wrong Bearer passwords too, and shares this store through globalThis.
import { SlidingWindow } from './sliding-window';

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 10;

const store = globalThis as typeof globalThis & { postsmithLoginFailures?: SlidingWindow };

function failures(): SlidingWindow {
  store.postsmithLoginFailures ??= new SlidingWindow(WINDOW_MS);
  return store.postsmithLoginFailures;
}

const rules = (client: string) => [{ key: `login:${client}`, limit: MAX_FAILURES }];

/**
 * After MAX_FAILURES wrong passwords from one address within the window, its login attempts are refused
 * until the oldest failure ages out: guessing APP_PASSWORD through the form becomes slow. Null when allowed.
 */
export function loginLockoutMessage({ client, now }: { client: string; now?: number }): string | null {
  const wait = failures().retryAfterSeconds(rules(client), now);
  if (wait === 0) return null;
  const minutes = Math.ceil(wait / 60);
  return `Too many wrong passwords from this address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export function recordLoginFailure({ client, now }: { client: string; now?: number }): void {
  failures().take(rules(client), now);
}

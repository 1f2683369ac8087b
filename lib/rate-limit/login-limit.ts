import 'server-only';
import { secretsMatch } from '@/lib/auth/constant-time';
import { AppError } from '@/lib/errors';
import { type HitTransaction, hitsAreShared, withSharedHits } from './shared-hits';

const FORGET_AFTER_MS = 15 * 60_000;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;
// Each entry is a short key and two numbers: 10,000 of them stay well under 2 MB, however many addresses call.
const MAX_ENTRIES = 10_000;

type Failures = { count: number; lastAt: number };

/**
 * Wrong guesses per key, forgotten 15 minutes after the last one. Bounded: when full, the key whose last failure
 * is oldest goes first (a Map keeps insertion order, and each failure re-inserts its key), so a check or a
 * failure costs one lookup, never a scan.
 */
class FailureLog {
  private readonly entries = new Map<string, Failures>();

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: number): Failures | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.lastAt >= FORGET_AFTER_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  record(key: string, now: number): void {
    const count = (this.get(key, now)?.count ?? 0) + 1;
    this.entries.delete(key);
    this.entries.set(key, { count, lastAt: now });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

/**
 * Two rules, each a free allowance then a wait that doubles from 1 second to at most a minute: per address, so one
 * guesser is slowed down early; and per target, which holds however many addresses are used (a client facing the
 * app directly can name any X-Forwarded-For). Every guess is at the one APP_PASSWORD, so the target rule is also the
 * global cap; an account is its own target. No rule ever waits more than a minute, so
 * nobody's wrong guesses keep the right password out for long.
 */
const RULES = {
  address: { freeFailures: 5, message: 'Too many wrong passwords from this address.' },
  target: { freeFailures: 20, message: 'Too many wrong passwords were tried recently.' },
} as const;
const PASSWORD_TARGET = 'app-password';

type Logs = { address: FailureLog; target: FailureLog };
const store = globalThis as typeof globalThis & { postsmithLoginFailures?: Logs };

function logs(): Logs {
  store.postsmithLoginFailures ??= { address: new FailureLog(), target: new FailureLog() };
  return store.postsmithLoginFailures;
}

function waitMs(failures: Failures | undefined, freeFailures: number, now: number): number {
  if (!failures || failures.count < freeFailures) return 0;
  const delay = Math.min(FIRST_DELAY_MS * 2 ** (failures.count - freeFailures), MAX_DELAY_MS);
  return Math.max(0, failures.lastAt + delay - now);
}

export type LoginWait = { message: string; retryAfterSeconds: number };

const seconds = (count: number) => `${count} second${count === 1 ? '' : 's'}`;

function waitFrom(address: Failures | undefined, target: Failures | undefined, now: number): LoginWait | null {
  const waits = [
    { rule: RULES.address, ms: waitMs(address, RULES.address.freeFailures, now) },
    { rule: RULES.target, ms: waitMs(target, RULES.target.freeFailures, now) },
  ];
  const longest = waits.reduce((a, b) => (b.ms > a.ms ? b : a));
  if (longest.ms === 0) return null;
  const retryAfterSeconds = Math.ceil(longest.ms / 1000);
  return { message: `${longest.rule.message} Try again in ${seconds(retryAfterSeconds)}.`, retryAfterSeconds };
}

function loginWait(client: string, target: string, now: number): LoginWait | null {
  return waitFrom(logs().address.get(client, now), logs().target.get(target, now), now);
}

// On PostgreSQL every instance counts the same failures: those of the last 15 minutes in the shared hits.
const sharedKeys = (client: string, target: string) => ({ address: `login:address:${client}`, target: `login:target:${target}` });

async function sharedFailures(hits: HitTransaction, key: string, now: number): Promise<Failures | undefined> {
  const recent = await hits.recent(key, now - FORGET_AFTER_MS);
  const lastAt = recent.at(-1);
  return lastAt === undefined ? undefined : { count: recent.length, lastAt };
}

/** What a login from `client` would be told now instead of having its password checked, or null. */
export function loginLockoutMessage({
  client,
  target = PASSWORD_TARGET,
  now = Date.now(),
}: {
  client: string;
  target?: string;
  now?: number;
}): string | null {
  return loginWait(client, target, now)?.message ?? null;
}

export function recordLoginFailure({
  client,
  target = PASSWORD_TARGET,
  now = Date.now(),
}: {
  client: string;
  target?: string;
  now?: number;
}): void {
  logs().address.record(client, now);
  logs().target.record(target, now);
}

export type PasswordGuess = { outcome: 'right' } | { outcome: 'wrong' } | ({ outcome: 'wait' } & LoginWait);

/**
 * The one door for every password guess (login form, login API, `Authorization: Bearer`). The answer is worked out
 * first, then the wait is checked and a failure recorded with no await in between (in memory), or under one lock
 * across instances (PostgreSQL): guesses sent at once cannot all slip past the check before any of them is counted.
 * A guess made while waiting is not checked and not counted.
 */
export async function guessPassword({
  client,
  given,
  password,
  now,
}: {
  client: string;
  given: string;
  password: string;
  now?: number;
}): Promise<PasswordGuess> {
  return countGuess({ client, target: PASSWORD_TARGET, right: await secretsMatch(given, password), ...(now === undefined ? {} : { now }) });
}

/**
 * The same door for an account's password, checked by the caller without signing in (lib/accounts): `target` is the
 * account, so wrong guesses at one account slow down guesses at it from every address, and not at anyone else's.
 */
export async function guessAccountPassword({
  client,
  email,
  right,
  now,
}: {
  client: string;
  email: string;
  right: boolean;
  now?: number;
}): Promise<PasswordGuess> {
  return countGuess({ client, target: `account:${email}`, right, ...(now === undefined ? {} : { now }) });
}

async function countGuess({
  client,
  target,
  right,
  now,
}: {
  client: string;
  target: string;
  right: boolean;
  now?: number;
}): Promise<PasswordGuess> {
  const at = now ?? Date.now();
  if (hitsAreShared()) {
    const keys = sharedKeys(client, target);
    return withSharedHits('login', async (hits) => {
      const wait = waitFrom(await sharedFailures(hits, keys.address, at), await sharedFailures(hits, keys.target, at), at);
      if (wait) return { outcome: 'wait', ...wait };
      if (right) return { outcome: 'right' };
      await hits.record([keys.address, keys.target], at);
      return { outcome: 'wrong' };
    });
  }
  const wait = loginWait(client, target, at);
  if (wait) return { outcome: 'wait', ...wait };
  if (right) return { outcome: 'right' };
  recordLoginFailure({ client, target, now: at });
  return { outcome: 'wrong' };
}

/** The contract's 429 for a guess made while waiting, with Retry-After for scripts. */
export function loginWaitError(wait: LoginWait): AppError {
  return new AppError('rate_limited', wait.message, undefined, { 'Retry-After': String(wait.retryAfterSeconds) });
}

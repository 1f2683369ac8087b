import 'server-only';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { activeHubs } from '@/lib/generation';
import { clientId } from './client-id';
import { SlidingWindow } from './sliding-window';

const WINDOW_MS = 60_000;
const BUSY_RETRY_SECONDS = 30;

export type GenerationRefusal = { message: string; retryAfterSeconds: number };

const store = globalThis as typeof globalThis & { postsmithGenerationStarts?: SlidingWindow };

function generationStarts(): SlidingWindow {
  store.postsmithGenerationStarts ??= new SlidingWindow(WINDOW_MS);
  return store.postsmithGenerationStarts;
}

const seconds = (count: number) => `${count} second${count === 1 ? '' : 's'}`;

/**
 * Counts one generation start for `client` against its own and the global per-minute allowance, and checks the
 * cap on generations running at once. Returns why it may not start, or null when it may (and is counted).
 */
export function takeGenerationStart({ client, now }: { client: string; now?: number }): GenerationRefusal | null {
  const env = serverEnv();
  if (activeHubs.size >= env.MAX_CONCURRENT_GENERATIONS) {
    return {
      message: `${env.MAX_CONCURRENT_GENERATIONS} posts are being written already, the most at once. Try again when one is done.`,
      retryAfterSeconds: BUSY_RETRY_SECONDS,
    };
  }
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

/** For route handlers: a 429 with Retry-After when this start is over a limit, otherwise null. */
export function limitGenerationStart(request: Request): NextResponse | null {
  const refusal = takeGenerationStart({ client: clientId(request.headers) });
  if (!refusal) return null;
  const error = new AppError('rate_limited', refusal.message);
  return NextResponse.json(error.toJSON(), { status: error.status, headers: { 'Retry-After': String(refusal.retryAfterSeconds) } });
}

/** For server actions: the message to show when this start is over a limit, otherwise null. */
export async function generationStartRefusal(): Promise<string | null> {
  return takeGenerationStart({ client: clientId(await headers()) })?.message ?? null;
}

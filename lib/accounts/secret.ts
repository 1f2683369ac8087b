import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { serverEnv } from '@/lib/env';

const store = globalThis as typeof globalThis & { postsmithAuthSecret?: Promise<string> };

/**
 * Signs account session cookies. SESSION_SECRET when set; otherwise a random secret the first instance makes and
 * stores in the database, so every instance on it agrees and logins survive restarts without any setting.
 */
export function authSecret(): Promise<string> {
  store.postsmithAuthSecret ??= (async () => {
    const configured = serverEnv().SESSION_SECRET;
    if (configured) return configured;
    const name = 'account-sessions';
    const made = randomBytes(32).toString('base64url');
    // Two instances starting at once: the row one of them wrote wins, and both read it back.
    await db().appSecret.upsert({ where: { name }, create: { name, value: made }, update: {} });
    const stored = await db().appSecret.findUniqueOrThrow({ where: { name } });
    return stored.value;
  })().catch((error: unknown) => {
    store.postsmithAuthSecret = undefined;
    throw error;
  });
  return store.postsmithAuthSecret;
}

import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { RoleInput } from '@/lib/accounts/schemas';

// The proxy has found out who is asking; the route, action or page behind it would ask the database the same
// question again (two session lookups per request, which bench/instances shows doubling what connecting costs). The
// proxy passes its answer on in a request header, sealed with a key that exists only in this process's memory and
// valid for a few seconds: a client can send the header, but not one that unseals, so a forged or replayed value
// is ignored and the database is asked as before.

export const PRINCIPAL_HEADER = 'x-postsmith-principal';
const LIFETIME_MS = 10_000;

const SealedPrincipal = z.object({
  principal: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('person'),
      person: z.object({ id: z.string(), name: z.string(), email: z.string(), role: RoleInput }),
    }),
    z.object({ kind: z.literal('installation') }),
  ]),
  expiresAt: z.number(),
});
type Sealable = z.infer<typeof SealedPrincipal>['principal'];

const store = globalThis as typeof globalThis & { postsmithPrincipalKey?: Buffer };

function signature(payload: string): Buffer {
  store.postsmithPrincipalKey ??= randomBytes(32);
  return createHmac('sha256', store.postsmithPrincipalKey).update(payload).digest();
}

export function sealPrincipal(principal: Sealable, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ principal, expiresAt: now + LIFETIME_MS })).toString('base64url');
  return `${payload}.${signature(payload).toString('base64url')}`;
}

/** The principal the proxy sealed, or null for anything else: absent, forged, altered, expired or from another process. */
export function unsealPrincipal(value: string | null, now = Date.now()): Sealable | null {
  const [payload, mac, ...rest] = (value ?? '').split('.');
  if (!payload || !mac || rest.length > 0) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const sealed = SealedPrincipal.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return sealed.success && sealed.data.expiresAt > now ? sealed.data.principal : null;
  } catch {
    return null;
  }
}

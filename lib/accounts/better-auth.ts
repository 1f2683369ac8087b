import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { SESSION_TTL_SECONDS } from '@/lib/auth/session-token';
import { db } from '@/lib/db/client';
import { databaseProvider } from '@/lib/db/location';
import { authSecret } from './secret';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * better-auth holds what is easy to get wrong: password hashing (scrypt), sessions in the database (so they hold
 * across instances and a sign-out ends them everywhere), signed session cookies, password changes. Its HTTP handler
 * is not mounted: our routes call `auth.api` and answer in the contract's error shape, behind our own Host, origin and
 * lockout checks (lib/auth, lib/rate-limit). Nobody signs up: accounts come from the setup page and invite links.
 */
function createAuth(secret: string) {
  return betterAuth({
    appName: 'Postsmith',
    secret,
    // Only server-side calls reach better-auth (no handler, no callbacks or redirects), so no address of ours is
    // needed; naming one keeps it from warning that none is set.
    baseURL: 'http://localhost',
    // A wrong password is an answer here, not an incident; real failures still log.
    logger: { level: 'error' },
    database: prismaAdapter(db(), { provider: databaseProvider() }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: false,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'writer', input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: {
      expiresIn: SESSION_TTL_SECONDS,
      // The cookie is set once at login with this lifetime; refreshing the row alone would outlive the cookie.
      disableSessionRefresh: true,
    },
    databaseHooks: {
      session: {
        create: {
          // A removed person cannot log in again, whatever the password.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            return Boolean(user && !user.disabledAt);
          },
        },
      },
    },
    // Secure is decided per request (lib/auth: HTTPS directly or behind a proxy that says so), not by NODE_ENV, or a
    // plain-HTTP LAN install could not keep a login.
    advanced: { cookiePrefix: 'postsmith', useSecureCookies: false },
    // Our proxy limits wrong passwords per address and per account (lib/rate-limit/login-limit.ts).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const store = globalThis as typeof globalThis & { postsmithAuth?: Promise<Auth> };

export function auth(): Promise<Auth> {
  store.postsmithAuth ??= authSecret()
    .then(createAuth)
    .catch((error: unknown) => {
      store.postsmithAuth = undefined;
      throw error;
    });
  return store.postsmithAuth;
}

import type { ServerEnv } from '@/lib/env';
import { revocationFile, sessionIsRevoked } from './session-store';
import { SESSION_COOKIE, SESSION_TTL_SECONDS, type Session, sessionKey, verifySessionToken } from './session-token';

export const UNAUTHORIZED_MESSAGE = 'Log in first, or send Authorization: Bearer <APP_PASSWORD>.';
export const WRONG_PASSWORD_MESSAGE = 'Wrong password. Try again.';

/** `revocations` is the file of ended sessions (lib/auth/session-store.ts). */
export type AuthSettings = { password: string; secret: string | undefined; revocations: string };

/** The password settings, or null when the app is open. */
export function authSettingsFrom(env: Pick<ServerEnv, 'APP_PASSWORD' | 'SESSION_SECRET' | 'DATABASE_URL'>): AuthSettings | null {
  const { APP_PASSWORD: password, SESSION_SECRET: secret, DATABASE_URL } = env;
  return password ? { password, secret, revocations: revocationFile(DATABASE_URL) } : null;
}

export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer[ \t]+(.+)$/i.exec(authorization?.trim() ?? '');
  return match?.[1]?.trim() ?? null;
}

/** The session a cookie proves, or null when it is forged, expired or was ended by a logout. */
export async function activeSession({
  settings,
  sessionToken,
}: {
  settings: AuthSettings;
  sessionToken: string | undefined;
}): Promise<Session | null> {
  if (!sessionToken) return null;
  const session = await verifySessionToken({ token: sessionToken, key: await sessionKey(settings) });
  return session && !(await sessionIsRevoked(settings.revocations, session)) ? session : null;
}

/** The session cookie's value from a Cookie header, for handlers that get a plain Request. */
export function sessionTokenFrom(cookieHeader: string | null): string | undefined {
  for (const pair of cookieHeader?.split(';') ?? []) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === SESSION_COOKIE) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

/** Secure only over HTTPS (directly or behind a proxy that says so), or a plain-HTTP LAN install could not log in. */
export function isHttpsRequest(headers: Headers, url?: string): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return url ? new URL(url).protocol === 'https:' : false;
}

export type SessionCookie = {
  name: string;
  value: string;
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
};

/** `name`: the APP_PASSWORD login's cookie, or an account's (lib/accounts, read by better-auth). */
export function sessionCookie({ token, secure, name = SESSION_COOKIE }: { token: string; secure: boolean; name?: string }): SessionCookie {
  return { name, value: token, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_SECONDS };
}

export function clearedSessionCookie({ secure, name }: { secure: boolean; name?: string }): SessionCookie {
  return { ...sessionCookie({ token: '', secure, ...(name ? { name } : {}) }), maxAge: 0 };
}

import { secretsMatch } from './constant-time';
import { SESSION_COOKIE, SESSION_TTL_SECONDS, sessionKey, verifySessionToken } from './session-token';

export const UNAUTHORIZED_MESSAGE = 'Log in first, or send Authorization: Bearer <APP_PASSWORD>.';
export const WRONG_PASSWORD_MESSAGE = 'Wrong password. Try again.';

export type AuthSettings = { password: string; secret: string | undefined };

type Env = Record<string, string | undefined>;

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/**
 * The password settings, or null when the app is open. The proxy cannot import lib/env.ts (server-only), so
 * this reads the same variables with the same trimming.
 */
export function authSettingsFromEnv(env: Env): AuthSettings | null {
  const password = trimmed(env.APP_PASSWORD);
  return password ? { password, secret: trimmed(env.SESSION_SECRET) } : null;
}

export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer[ \t]+(.+)$/i.exec(authorization?.trim() ?? '');
  return match?.[1]?.trim() ?? null;
}

/** A request is let in by a valid session cookie or by `Authorization: Bearer <APP_PASSWORD>`. */
export async function isAuthorized({
  settings,
  sessionToken,
  authorization,
}: {
  settings: AuthSettings;
  sessionToken: string | undefined;
  authorization: string | null | undefined;
}): Promise<boolean> {
  const bearer = bearerToken(authorization);
  if (bearer !== null && (await secretsMatch(bearer, settings.password))) return true;
  if (!sessionToken) return false;
  return verifySessionToken({ token: sessionToken, key: await sessionKey(settings) });
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

export function sessionCookie({ token, secure }: { token: string; secure: boolean }): SessionCookie {
  return { name: SESSION_COOKIE, value: token, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_SECONDS };
}

export function clearedSessionCookie({ secure }: { secure: boolean }): SessionCookie {
  return { ...sessionCookie({ token: '', secure }), maxAge: 0 };
}

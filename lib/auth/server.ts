import 'server-only';
import { cookies, headers } from 'next/headers';
import { connection } from 'next/server';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import {
  type AuthSettings,
  activeSession,
  authSettingsFrom,
  clearedSessionCookie,
  isAuthorized,
  isHttpsRequest,
  sessionCookie,
  UNAUTHORIZED_MESSAGE,
} from './request-auth';
import { endAllSessions, endSession } from './session-store';
import { SESSION_COOKIE, sessionKey, signSessionToken } from './session-token';

export function authSettings(): AuthSettings | null {
  return authSettingsFrom(serverEnv());
}

/** Whether a login is needed. Read per request: a page prerendered at build time would keep the build's env. */
export async function passwordConfigured(): Promise<boolean> {
  await connection();
  return authSettings() !== null;
}

/** Whether to offer "Log out": a password is set and this request came with a valid login. */
export async function canLogOut(): Promise<boolean> {
  return (await passwordConfigured()) && (await requestIsAuthorized());
}

export async function requestIsAuthorized(): Promise<boolean> {
  const settings = authSettings();
  if (!settings) return true;
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return isAuthorized({
    settings,
    sessionToken: cookieStore.get(SESSION_COOKIE)?.value,
    authorization: headerList.get('authorization'),
  });
}

/** For server actions: each is a public POST endpoint, so each checks the caller itself, proxy or not. */
export async function assertAuthorized(): Promise<void> {
  if (!(await requestIsAuthorized())) throw new AppError('unauthorized', UNAUTHORIZED_MESSAGE);
}

/** A signed session cookie for this request's scheme, or null when no password is set. */
export async function newSessionCookie(requestHeaders: Headers, url?: string) {
  const settings = authSettings();
  if (!settings) return null;
  const token = await signSessionToken({ key: await sessionKey(settings) });
  return sessionCookie({ token, secure: isHttpsRequest(requestHeaders, url) });
}

/**
 * Ends the session this cookie belongs to, so a copy of it stops working too; `everywhere` ends every session
 * issued so far, on every device.
 */
export async function logOut({ sessionToken, everywhere }: { sessionToken: string | undefined; everywhere: boolean }): Promise<void> {
  const settings = authSettings();
  if (!settings) return;
  if (everywhere) return endAllSessions(settings.revocations);
  const session = await activeSession({ settings, sessionToken });
  if (session) await endSession(settings.revocations, session);
}

export function endedSessionCookie(requestHeaders: Headers, url?: string) {
  return clearedSessionCookie({ secure: isHttpsRequest(requestHeaders, url) });
}

import 'server-only';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { ACCOUNT_SESSION_COOKIE, ownerExists, signIn, signOut, signOutEverywhere } from '@/lib/accounts';
import { FORBIDDEN_MESSAGES, type Permission, roleMay } from '@/lib/accounts/roles';
import { serverEnv } from '@/lib/env';
import { authorize, type Principal, principalFrom, principalRole } from './principal';
import {
  type AuthSettings,
  activeSession,
  authSettingsFrom,
  clearedSessionCookie,
  isHttpsRequest,
  type SessionCookie,
  sessionCookie,
  sessionTokenFrom,
} from './request-auth';
import { endAllSessions, endSession } from './session-store';
import { sessionKey, signSessionToken } from './session-token';

export function authSettings(): AuthSettings | null {
  return authSettingsFrom(serverEnv());
}

/** Whether a login is needed: an owner account exists, or APP_PASSWORD is set. Read per request, as above. */
export async function loginRequired(): Promise<boolean> {
  await connection();
  return (await ownerExists()) || authSettings() !== null;
}

/** Who is asking, for pages and server actions (lib/auth/principal.ts is the one door). */
export async function currentPrincipal(): Promise<Principal | null> {
  await connection();
  return principalFrom(await headers());
}

export async function requestIsAuthorized(): Promise<boolean> {
  return (await currentPrincipal()) !== null;
}

/** For server actions: each is a public POST endpoint, so each checks the caller itself, proxy or not. */
export async function authorizeAction(permission: Permission): Promise<Principal> {
  return authorize(await headers(), permission);
}

export type PageAccess = { allowed: true; principal: Principal } | { allowed: false; message: string };

/**
 * For pages: whether the person who opened it may use it, and if not, what to tell them. Nobody logged in never
 * gets here (the proxy sends them to the login page), so a missing principal is refused the same way.
 */
export async function pageAccess(permission: Permission): Promise<PageAccess> {
  const principal = await currentPrincipal();
  if (principal && roleMay(principalRole(principal), permission)) return { allowed: true, principal };
  return { allowed: false, message: principal ? FORBIDDEN_MESSAGES[permission] : 'Log in to open this page.' };
}

/** The account session cookie for this request's scheme (Secure over HTTPS only, as the APP_PASSWORD one). */
export function accountSessionCookie(value: string, requestHeaders: Headers, url?: string) {
  return sessionCookie({ token: value, secure: isHttpsRequest(requestHeaders, url), name: ACCOUNT_SESSION_COOKIE });
}

/**
 * Signs an account in: its new session's cookie for this request's scheme, or null for a wrong password. Callers that
 * take a guess count it first (logIn); setup and invites call it with the password just chosen.
 */
export async function accountLoginCookie(
  credentials: { email: string; password: string },
  requestHeaders: Headers,
  url?: string,
): Promise<SessionCookie | null> {
  const signedIn = await signIn(credentials);
  return signedIn ? accountSessionCookie(signedIn.cookieValue, requestHeaders, url) : null;
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
export async function logOut({ headers: requestHeaders, everywhere }: { headers: Headers; everywhere: boolean }): Promise<void> {
  const principal = await principalFrom(requestHeaders);
  if (principal?.kind === 'person') {
    return everywhere ? signOutEverywhere(principal.person.id) : signOut(requestHeaders);
  }
  const sessionToken = sessionTokenFrom(requestHeaders.get('cookie'));
  const settings = authSettings();
  if (!settings) return;
  if (everywhere) return endAllSessions(settings.revocations);
  const session = await activeSession({ settings, sessionToken });
  if (session) await endSession(settings.revocations, session);
}

/** Both login cookies, cleared: whichever this browser holds. */
export function endedSessionCookies(requestHeaders: Headers, url?: string) {
  const secure = isHttpsRequest(requestHeaders, url);
  return [clearedSessionCookie({ secure }), clearedSessionCookie({ secure, name: ACCOUNT_SESSION_COOKIE })];
}

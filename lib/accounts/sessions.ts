import 'server-only';
import { APIError } from 'better-auth/api';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { auth } from './better-auth';
import type { Role } from './roles';
import { RoleInput } from './schemas';

export type SignedInPerson = { id: string; name: string; email: string; role: Role };

type UserFields = { id: string; name: string; email: string; role?: unknown; disabledAt?: Date | null | undefined };

/**
 * A user row as better-auth or Prisma hands it back (role and disabledAt are additional fields better-auth returns
 * too), or null for a removed person or a role that is not one of ours.
 */
export function signedInPerson(user: UserFields): SignedInPerson | null {
  const role = RoleInput.safeParse(user.role);
  if (!role.success || user.disabledAt) return null;
  return { id: user.id, name: user.name, email: user.email, role: role.data };
}

/** The cookie better-auth reads its session from (advanced.cookiePrefix in better-auth.ts). */
export const ACCOUNT_SESSION_COOKIE = 'postsmith.session_token';

function sessionCookieValue(headers: Headers): string {
  for (const cookie of headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const separator = pair?.indexOf('=') ?? -1;
    if (pair && separator > 0 && pair.slice(0, separator) === ACCOUNT_SESSION_COOKIE) {
      return decodeURIComponent(pair.slice(separator + 1));
    }
  }
  throw new Error('better-auth answered a sign-in without a session cookie');
}

/** The person whose session cookie came with these headers, or null (none, expired, ended, or removed). */
export async function sessionPerson(headers: Headers): Promise<SignedInPerson | null> {
  if (!headers.get('cookie')?.includes(ACCOUNT_SESSION_COOKIE)) return null;
  const found = await (await auth()).api.getSession({ headers, query: { disableCookieCache: true } });
  return found ? signedInPerson(found.user) : null;
}

// Hashed once so that an unknown email costs as much to check as a known one.
let unknownAccountHash: Promise<string> | undefined;

/** Whether the password is this account's, without signing in (the lockout counts the answer first). */
export async function passwordMatches({ email, password }: { email: string; password: string }): Promise<boolean> {
  const context = await (await auth()).$context;
  const user = await db().user.findUnique({ where: { email }, include: { accounts: { where: { providerId: 'credential' } } } });
  const hash = user?.accounts[0]?.password;
  if (!user || user.disabledAt || !hash) {
    unknownAccountHash ??= context.password.hash('no account has this password');
    await context.password.verify({ hash: await unknownAccountHash, password });
    return false;
  }
  return context.password.verify({ hash, password });
}

/**
 * Checks an email and password. Right: the signed session cookie's value (the caller sets it, Secure over HTTPS) and
 * the person. Wrong email or wrong password answer the same, so a guess cannot tell which accounts exist.
 */
export async function signIn({
  email,
  password,
}: {
  email: string;
  password: string;
}): Promise<{ cookieValue: string; person: SignedInPerson } | null> {
  try {
    const { headers, response } = await (await auth()).api.signInEmail({ body: { email, password }, returnHeaders: true });
    const person = signedInPerson(response.user);
    return person ? { cookieValue: sessionCookieValue(headers), person } : null;
  } catch (error) {
    // Wrong credentials (401), or a removed person whose new session the hook refused.
    if (error instanceof APIError) return null;
    throw error;
  }
}

/** Ends the session these headers carry. */
export async function signOut(headers: Headers): Promise<void> {
  if (!headers.get('cookie')?.includes(ACCOUNT_SESSION_COOKIE)) return;
  try {
    await (await auth()).api.signOut({ headers });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
  }
}

/** Ends every session of this person, on every device (their API tokens are revoked one by one). */
export async function signOutEverywhere(userId: string): Promise<void> {
  await db().session.deleteMany({ where: { userId } });
}

/** A person changes their own password: every other session ends; the new cookie value keeps this one in. */
export async function changePassword(
  headers: Headers,
  { currentPassword, newPassword }: { currentPassword: string; newPassword: string },
): Promise<string> {
  // better-auth changes the password of a session; a script holding an API token has none.
  if (!(await sessionPerson(headers))) {
    throw new AppError('invalid_state', 'Change your password while logged in, on the Account page; an API token cannot change it.');
  }
  try {
    const result = await (await auth()).api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: true },
      headers,
      returnHeaders: true,
    });
    return sessionCookieValue(result.headers);
  } catch (error) {
    if (error instanceof APIError) throw new AppError('validation_failed', 'The current password is not right. Type it again.');
    throw error;
  }
}

/** Sets a password from a reset link: the old one stops working and every session of the person ends. */
export async function setPassword(userId: string, password: string): Promise<void> {
  const context = await (await auth()).$context;
  await context.internalAdapter.updatePassword(userId, await context.password.hash(password));
  await context.internalAdapter.deleteUserSessions(userId);
}

import 'server-only';
import { ownerExists, passwordMatches } from '@/lib/accounts';
import { guessAccountPassword, guessPassword, type LoginWait, requestClient } from '@/lib/rate-limit';
import { type SessionCookie, WRONG_PASSWORD_MESSAGE } from './request-auth';
import { accountLoginCookie, authSettings, newSessionCookie } from './server';

export const WRONG_ACCOUNT_MESSAGE =
  'That email and password do not match an account. Try again, or ask an admin for a password reset link.';

export type LoginResult =
  | { outcome: 'right'; cookie: SessionCookie | null }
  | { outcome: 'wrong'; message: string }
  | ({ outcome: 'wait' } & LoginWait);

/**
 * The one door for a login, from the form and the API alike. With accounts, the password is checked, then the lockout
 * per address and per account decides (lib/rate-limit), and only then is a session made; before accounts, the
 * APP_PASSWORD guess goes through its own lockout. Right: the cookie to set (none on an open install).
 */
export async function logIn({
  headers,
  url,
  email,
  password,
}: {
  headers: Headers;
  url?: string;
  email?: string | undefined;
  password: string;
}): Promise<LoginResult> {
  const client = requestClient(headers);
  if (await ownerExists()) {
    const account = email ?? '';
    const guess = await guessAccountPassword({ client, email: account, right: await passwordMatches({ email: account, password }) });
    if (guess.outcome === 'wait') return guess;
    const cookie = guess.outcome === 'right' ? await accountLoginCookie({ email: account, password }, headers, url) : null;
    return cookie ? { outcome: 'right', cookie } : { outcome: 'wrong', message: WRONG_ACCOUNT_MESSAGE };
  }
  const settings = authSettings();
  if (!settings) return { outcome: 'right', cookie: null };
  const guess = await guessPassword({ client, given: password, password: settings.password });
  if (guess.outcome === 'wait') return guess;
  if (guess.outcome === 'wrong') return { outcome: 'wrong', message: WRONG_PASSWORD_MESSAGE };
  return { outcome: 'right', cookie: await newSessionCookie(headers, url) };
}

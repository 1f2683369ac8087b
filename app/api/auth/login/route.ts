import { NextResponse } from 'next/server';
import { ownerExists } from '@/lib/accounts';
import { AccountLoginInput } from '@/lib/accounts/schemas';
import {
  accountSessionCookie,
  authSettings,
  logInWithAccount,
  newSessionCookie,
  WRONG_ACCOUNT_MESSAGE,
  WRONG_PASSWORD_MESSAGE,
} from '@/lib/auth';
import { LoginInput } from '@/lib/auth/schemas';
import { AppError } from '@/lib/errors';
import { handle, readJson } from '@/lib/http';
import { guessPassword, loginWaitError, requestClient } from '@/lib/rate-limit';

/**
 * With accounts, `{"email","password"}`; before them, `{"password"}` (APP_PASSWORD). 200 with the session cookie.
 * Scripts can skip this and send `Authorization: Bearer` with a personal API token (or APP_PASSWORD before accounts).
 */
export const POST = handle(async (request) => {
  if (await ownerExists()) {
    const { email, password } = await readJson(request, AccountLoginInput);
    const login = await logInWithAccount({ client: requestClient(request.headers), email, password });
    if (login.outcome === 'wait') throw loginWaitError(login);
    if (login.outcome === 'wrong') throw new AppError('unauthorized', WRONG_ACCOUNT_MESSAGE);
    const response = NextResponse.json({ ok: true });
    response.cookies.set(accountSessionCookie(login.cookieValue, request.headers, request.url));
    return response;
  }
  const { password } = await readJson(request, LoginInput);
  const settings = authSettings();
  if (!settings) return NextResponse.json({ ok: true });
  const guess = await guessPassword({ client: requestClient(request.headers), given: password, password: settings.password });
  if (guess.outcome === 'wait') throw loginWaitError(guess);
  if (guess.outcome === 'wrong') throw new AppError('unauthorized', WRONG_PASSWORD_MESSAGE);
  const response = NextResponse.json({ ok: true });
  const cookie = await newSessionCookie(request.headers, request.url);
  if (cookie) response.cookies.set(cookie);
  return response;
});

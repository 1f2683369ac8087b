import { NextResponse } from 'next/server';
import { ownerExists } from '@/lib/accounts';
import { AccountLoginInput } from '@/lib/accounts/schemas';
import { logIn } from '@/lib/auth';
import { LoginInput } from '@/lib/auth/schemas';
import { AppError } from '@/lib/errors';
import { handle, readJson } from '@/lib/http';
import { loginWaitError } from '@/lib/rate-limit';

/**
 * With accounts, `{"email","password"}`; before them, `{"password"}` (APP_PASSWORD). 200 with the session cookie.
 * Scripts can skip this and send `Authorization: Bearer` with a personal API token (or APP_PASSWORD before accounts).
 */
export const POST = handle(async (request) => {
  const input = await readJson(request, (await ownerExists()) ? AccountLoginInput : LoginInput);
  const login = await logIn({ headers: request.headers, url: request.url, ...input });
  if (login.outcome === 'wait') throw loginWaitError(login);
  if (login.outcome === 'wrong') throw new AppError('unauthorized', login.message);
  const response = NextResponse.json({ ok: true });
  if (login.cookie) response.cookies.set(login.cookie);
  return response;
});

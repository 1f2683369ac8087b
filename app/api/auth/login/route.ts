import { NextResponse } from 'next/server';
import { WRONG_PASSWORD_MESSAGE } from '@/lib/auth/request-auth';
import { LoginInput } from '@/lib/auth/schemas';
import { authSettings, newSessionCookie, passwordIsCorrect } from '@/lib/auth/server';
import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';
import { clientId, loginLockoutMessage, recordLoginFailure } from '@/lib/rate-limit';

/** `{"password"}` → 200 with the session cookie; scripts can skip this and send `Authorization: Bearer` instead. */
export const POST = handle(async (request) => {
  const { password } = await readJson(request, LoginInput);
  if (!authSettings()) return NextResponse.json({ ok: true });
  const client = clientId(request.headers);
  const lockout = loginLockoutMessage({ client });
  if (lockout) throw new AppError('rate_limited', lockout);
  if (!(await passwordIsCorrect(password))) {
    recordLoginFailure({ client });
    throw new AppError('unauthorized', WRONG_PASSWORD_MESSAGE);
  }
  const response = NextResponse.json({ ok: true });
  const cookie = await newSessionCookie(request.headers, request.url);
  if (cookie) response.cookies.set(cookie);
  return response;
});

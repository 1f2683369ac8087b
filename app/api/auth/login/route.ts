import { NextResponse } from 'next/server';
import { authSettings, newSessionCookie, WRONG_PASSWORD_MESSAGE } from '@/lib/auth';
import { LoginInput } from '@/lib/auth/schemas';
import { AppError } from '@/lib/errors';
import { handle, readJson } from '@/lib/http';
import { guessPassword, loginWaitError, requestClient } from '@/lib/rate-limit';

/** `{"password"}` → 200 with the session cookie; scripts can skip this and send `Authorization: Bearer` instead. */
export const POST = handle(async (request) => {
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

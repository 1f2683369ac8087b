import { NextResponse } from 'next/server';
import { endedSessionCookies, logOut } from '@/lib/auth';
import { LogoutInput } from '@/lib/auth/schemas';
import { handle, readJson } from '@/lib/http';

/** `{}` ends this login (a copy of its cookie stops working too); `{"everywhere": true}` ends every login. */
export const POST = handle(async (request) => {
  const { everywhere } = await readJson(request, LogoutInput);
  await logOut({ headers: request.headers, everywhere });
  const response = NextResponse.json({ ok: true });
  for (const cookie of endedSessionCookies(request.headers, request.url)) response.cookies.set(cookie);
  return response;
});

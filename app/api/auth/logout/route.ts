import { NextResponse } from 'next/server';
import { endedSessionCookie, logOut, sessionTokenFrom } from '@/lib/auth';
import { LogoutInput } from '@/lib/auth/schemas';
import { handle, readJson } from '@/lib/http';

/** `{}` ends this login (a copy of its cookie stops working too); `{"everywhere": true}` ends every login. */
export const POST = handle(async (request) => {
  const { everywhere } = await readJson(request, LogoutInput);
  await logOut({ sessionToken: sessionTokenFrom(request.headers.get('cookie')), everywhere });
  const response = NextResponse.json({ ok: true });
  response.cookies.set(endedSessionCookie(request.headers, request.url));
  return response;
});

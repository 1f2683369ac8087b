import { NextResponse } from 'next/server';
import { sessionTokenFrom } from '@/lib/auth/request-auth';
import { LogoutInput } from '@/lib/auth/schemas';
import { endedSessionCookie, logOut } from '@/lib/auth/server';
import { readJson } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';

/** `{}` ends this login (a copy of its cookie stops working too); `{"everywhere": true}` ends every login. */
export const POST = handle(async (request) => {
  const { everywhere } = await readJson(request, LogoutInput);
  await logOut({ sessionToken: sessionTokenFrom(request.headers.get('cookie')), everywhere });
  const response = NextResponse.json({ ok: true });
  response.cookies.set(endedSessionCookie(request.headers, request.url));
  return response;
});

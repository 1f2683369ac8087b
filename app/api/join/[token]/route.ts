import { NextResponse } from 'next/server';
import { acceptInvite, openAccessLink } from '@/lib/accounts';
import { NewAccountInput } from '@/lib/accounts/schemas';
import { accountLoginCookie } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';

// Open to anyone: the token in the path is the check (a random 24-byte secret, used once). No guess counter: a token
// cannot be guessed, and a wrong one is refused before any password is hashed.

/** What the invite is for: `{"kind":"invite","role"}`, or 404 when it was used or has expired. */
export const GET = handle<{ token: string }>(async (_request, { params }) => {
  return NextResponse.json(await openAccessLink('invite', (await params).token));
});

/** `{"name","email","password"}` → 201: the account, with the invite's role, logged in. */
export const POST = handle<{ token: string }>(async (request, { params }) => {
  const values = await readJson(request, NewAccountInput);
  const person = await acceptInvite((await params).token, values);
  const cookie = await accountLoginCookie(values, request.headers, request.url);
  const response = NextResponse.json({ id: person.id, name: person.name, email: person.email, role: person.role }, { status: 201 });
  if (cookie) response.cookies.set(cookie);
  return response;
});

import { NextResponse } from 'next/server';
import { changePassword } from '@/lib/accounts';
import { ChangePasswordInput } from '@/lib/accounts/schemas';
import { accountSessionCookie, requirePerson } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';

/** `{"currentPassword","newPassword"}`: every other login of this person ends; this one stays, with a new cookie. */
export const POST = handle(async (request) => {
  await requirePerson(request.headers);
  const values = await readJson(request, ChangePasswordInput);
  const cookieValue = await changePassword(request.headers, values);
  const response = NextResponse.json({ ok: true });
  response.cookies.set(accountSessionCookie(cookieValue, request.headers, request.url));
  return response;
});

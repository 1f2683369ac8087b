import { NextResponse } from 'next/server';
import { resetPassword } from '@/lib/accounts';
import { SetPasswordInput } from '@/lib/accounts/schemas';
import { handle, readJson } from '@/lib/http';

/**
 * `{"password"}`: the person's new password. Open: the token in the path is the check, spent before the password is
 * hashed, so a wrong one costs nothing. Every login of theirs ends.
 */
export const POST = handle<{ token: string }>(async (request, { params }) => {
  const { password } = await readJson(request, SetPasswordInput);
  await resetPassword((await params).token, password);
  return NextResponse.json({ ok: true });
});

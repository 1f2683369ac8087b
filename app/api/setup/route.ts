import { NextResponse } from 'next/server';
import { createOwner } from '@/lib/accounts';
import { NewAccountInput } from '@/lib/accounts/schemas';
import { accountLoginCookie, requirePrincipal } from '@/lib/auth';
import { AppError } from '@/lib/errors';
import { handle, readJson } from '@/lib/http';

/**
 * `{"name","email","password"}` → 201: the owner account (an admin), logged in. Only the installation may ask (anyone
 * on an open install, the APP_PASSWORD holder otherwise), and only once.
 */
export const POST = handle(async (request) => {
  const principal = await requirePrincipal(request.headers);
  const values = await readJson(request, NewAccountInput);
  if (principal.kind !== 'installation') throw new AppError('invalid_state', 'This install has an owner already. Log in instead.');
  const owner = await createOwner(values);
  const cookie = await accountLoginCookie(values, request.headers, request.url);
  const response = NextResponse.json({ id: owner.id, name: owner.name, email: owner.email, role: owner.role }, { status: 201 });
  if (cookie) response.cookies.set(cookie);
  return response;
});

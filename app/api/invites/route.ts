import { NextResponse } from 'next/server';
import { createInvite } from '@/lib/accounts';
import { InviteInput } from '@/lib/accounts/schemas';
import { requirePerson, siteUrl } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';

/** `{"role"}` → 201 `{"url","expiresAt"}`: a link to join with that role, once, within 7 days. Admins only. */
export const POST = handle(async (request) => {
  const admin = await requirePerson(request.headers, 'people.manage');
  const { role } = await readJson(request, InviteInput);
  const link = await createInvite({ role, by: admin.id });
  return NextResponse.json({ url: siteUrl(request, link.path), expiresAt: link.expiresAt }, { status: 201 });
});

import { NextResponse } from 'next/server';
import { z } from 'zod';
import { createPasswordReset } from '@/lib/accounts';
import { requirePerson, siteUrl } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';

/** → 201 `{"url","expiresAt"}`: a link that lets this person set a new password, once, for a day. The admin hands it over. */
export const POST = handle<{ id: string }>(async (request, { params }) => {
  const admin = await requirePerson(request.headers, 'people.manage');
  await readJson(request, z.object({}).strict());
  const link = await createPasswordReset({ userId: (await params).id, by: admin.id });
  return NextResponse.json({ url: siteUrl(request, link.path), expiresAt: link.expiresAt }, { status: 201 });
});

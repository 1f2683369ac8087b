import { NextResponse } from 'next/server';
import { updatePerson } from '@/lib/accounts';
import { UpdatePersonInput } from '@/lib/accounts/schemas';
import { requirePerson } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';

/** `{"role"?, "disabled"?}`: a new role, or removal (their logins and tokens end; their name stays on their work). */
export const PATCH = handle<{ id: string }>(async (request, { params }) => {
  const admin = await requirePerson(request.headers, 'people.manage');
  const { role, disabled } = await readJson(request, UpdatePersonInput);
  return NextResponse.json(await updatePerson({ id: (await params).id, role, disabled, by: admin.id }));
});

import { NextResponse } from 'next/server';
import { listPeople } from '@/lib/accounts';
import { requirePerson } from '@/lib/auth';
import { handle } from '@/lib/http';

/** Everyone with an account, removed people included (marked `disabled`), oldest first. Admins only. */
export const GET = handle(async (request) => {
  await requirePerson(request.headers, 'people.manage');
  return NextResponse.json({ people: await listPeople() });
});

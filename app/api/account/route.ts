import { NextResponse } from 'next/server';
import { requirePerson } from '@/lib/auth';
import { handle } from '@/lib/http';

/** Who is logged in: id, name, email and role. */
export const GET = handle(async (request) => {
  const { id, name, email, role } = await requirePerson(request.headers);
  return NextResponse.json({ id, name, email, role });
});

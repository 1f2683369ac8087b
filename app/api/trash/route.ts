import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { deleteFromTrash, listTrash } from '@/lib/drafts';
import { assertMutationAllowed, handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Deleted drafts, newest first, each with the day it goes for good. */
export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.read');
  return NextResponse.json({ items: await listTrash() });
});

/** Empties the Trash. */
export const DELETE = handle(async (request) => {
  assertMutationAllowed(request);
  await authorize(request.headers, 'trash.empty');
  await deleteFromTrash();
  return new NextResponse(null, { status: 204 });
});

import { NextResponse } from 'next/server';
import { deleteFromTrash, listTrash } from '@/lib/drafts';
import { assertMutationAllowed, handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Deleted drafts, newest first, each with the day it goes for good. */
export const GET = handle(async () => NextResponse.json({ items: await listTrash() }));

/** Empties the Trash. */
export const DELETE = handle(async (request) => {
  assertMutationAllowed(request);
  await deleteFromTrash();
  return new NextResponse(null, { status: 204 });
});

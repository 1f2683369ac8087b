import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { deleteFromTrash } from '@/lib/drafts';
import { assertMutationAllowed, handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Deletes one draft from the Trash for good. */
export const DELETE = handle<{ id: string }>(async (request, { params }) => {
  assertMutationAllowed(request);
  await authorize(request.headers, 'trash.empty');
  await deleteFromTrash({ id: (await params).id });
  return new NextResponse(null, { status: 204 });
});

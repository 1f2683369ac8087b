import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { authorizeTrashRestore, restoreFromTrash } from '@/lib/drafts';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Puts a deleted draft back, with its history. */
export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  await authorizeTrashRestore(await authorize(request.headers, 'drafts.edit-own'), id);
  await readJson(request, z.object({}).strict());
  return NextResponse.json(await restoreFromTrash({ id }));
});

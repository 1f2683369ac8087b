import { NextResponse } from 'next/server';
import { z } from 'zod';
import { restoreFromTrash } from '@/lib/drafts';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Puts a deleted draft back, with its history. */
export const POST = handle<{ id: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  return NextResponse.json(await restoreFromTrash({ id: (await params).id }));
});

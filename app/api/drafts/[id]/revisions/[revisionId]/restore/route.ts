import { NextResponse } from 'next/server';
import { z } from 'zod';
import { restoreRevision } from '@/lib/drafts';
import { handle, readJson } from '@/lib/http';

const RestoreInput = z.object({ version: z.number().int().positive() }).strict();

export const POST = handle<{ id: string; revisionId: string }>(async (request, { params }) => {
  const { version } = await readJson(request, RestoreInput);
  const { id, revisionId } = await params;
  return NextResponse.json(await restoreRevision({ draftId: id, revisionId, version }));
});

import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize, principalId } from '@/lib/auth';
import { authorizeDraftChange, restoreRevision } from '@/lib/drafts';
import { handle, readJson } from '@/lib/http';

const RestoreInput = z.object({ version: z.number().int().positive() }).strict();

export const POST = handle<{ id: string; revisionId: string }>(async (request, { params }) => {
  const { id, revisionId } = await params;
  const principal = await authorize(request.headers, 'drafts.edit-own');
  await authorizeDraftChange(principal, id);
  const { version } = await readJson(request, RestoreInput);
  return NextResponse.json(await restoreRevision({ draftId: id, revisionId, version, by: principalId(principal) }));
});

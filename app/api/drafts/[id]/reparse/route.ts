import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { authorizeDraftChange, reparseDraft } from '@/lib/drafts';
import { handle, readJson } from '@/lib/http';

const ReparseInput = z.object({ version: z.number().int().positive() }).strict();

export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  await authorizeDraftChange(await authorize(request.headers, 'drafts.edit-own'), id);
  const { version } = await readJson(request, ReparseInput);
  return NextResponse.json(await reparseDraft({ id, version }));
});

import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { authorizeDraftChange } from '@/lib/drafts';
import { stopGeneration } from '@/lib/generation';
import { handle, readJson } from '@/lib/http';

export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  await authorizeDraftChange(await authorize(request.headers, 'drafts.edit-own'), id);
  await readJson(request, z.object({}).strict());
  return NextResponse.json(await stopGeneration({ id }));
});

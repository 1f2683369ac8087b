import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize, principalId } from '@/lib/auth';
import { authorizeDraftChange } from '@/lib/drafts';
import { startWriting } from '@/lib/generation';
import { handle, readJson } from '@/lib/http';
import { requestClient } from '@/lib/rate-limit';

export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const principal = await authorize(request.headers, 'drafts.edit-own');
  await authorizeDraftChange(principal, id);
  await readJson(request, z.object({}).strict());
  return NextResponse.json(
    await startWriting({ kind: 'resume', id }, { client: requestClient(request.headers), personId: principalId(principal) }),
  );
});

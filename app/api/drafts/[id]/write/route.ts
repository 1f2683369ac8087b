import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize, principalId } from '@/lib/auth';
import { authorizeDraftChange } from '@/lib/drafts';
import { startWriting } from '@/lib/generation';
import { handle, readJson } from '@/lib/http';
import { requestClient } from '@/lib/rate-limit';

const WriteInput = z
  .object({
    version: z.number().int().positive(),
    outline: z.string().trim().min(1, 'Keep at least one line of outline.').max(20_000),
  })
  .strict();

export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const principal = await authorize(request.headers, 'drafts.edit-own');
  await authorizeDraftChange(principal, id);
  const input = await readJson(request, WriteInput);
  return NextResponse.json(
    await startWriting(
      { kind: 'from_outline', id, ...input },
      { client: requestClient(request.headers), personId: principalId(principal) },
    ),
  );
});

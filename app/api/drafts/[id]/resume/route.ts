import { NextResponse } from 'next/server';
import { z } from 'zod';
import { startWriting } from '@/lib/generation';
import { handle, readJson } from '@/lib/http';
import { requestClient } from '@/lib/rate-limit';

export const POST = handle<{ id: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  const { id } = await params;
  return NextResponse.json(await startWriting({ kind: 'resume', id }, { client: requestClient(request.headers) }));
});

import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { authorizeBatchChange, cancelJob } from '@/lib/batch';
import { handle, readJson } from '@/lib/http';

export const POST = handle<{ id: string; jobId: string }>(async (request, { params }) => {
  const { id, jobId } = await params;
  await authorizeBatchChange(await authorize(request.headers, 'drafts.write'), id);
  await readJson(request, z.object({}).strict());
  return NextResponse.json(await cancelJob({ batchId: id, jobId }));
});

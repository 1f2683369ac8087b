import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { authorizeBatchChange, retryFailedJobs } from '@/lib/batch';
import { handle, readJson } from '@/lib/http';

export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  await authorizeBatchChange(await authorize(request.headers, 'drafts.write'), id);
  await readJson(request, z.object({}).strict());
  return NextResponse.json(await retryFailedJobs({ id }));
});

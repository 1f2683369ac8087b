import { NextResponse } from 'next/server';
import { z } from 'zod';
import { retryJob } from '@/lib/batch';
import { handle, readJson } from '@/lib/http';

export const POST = handle<{ id: string; jobId: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  const { id, jobId } = await params;
  return NextResponse.json(await retryJob({ batchId: id, jobId }));
});

import { NextResponse } from 'next/server';
import { z } from 'zod';
import { cancelJob } from '@/lib/batch';
import { handle, readJson } from '@/lib/http';

export const POST = handle<{ id: string; jobId: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  const { id, jobId } = await params;
  return NextResponse.json(await cancelJob({ batchId: id, jobId }));
});

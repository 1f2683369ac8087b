import { NextResponse } from 'next/server';
import { z } from 'zod';
import { cancelBatch } from '@/lib/batch';
import { handle, readJson } from '@/lib/http';

export const POST = handle<{ id: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  const { id } = await params;
  return NextResponse.json(await cancelBatch({ id }));
});

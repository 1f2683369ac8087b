import { NextResponse } from 'next/server';
import { z } from 'zod';
import { stopGeneration } from '@/lib/generation';
import { handle, readJson } from '@/lib/http';

export const POST = handle<{ id: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  const { id } = await params;
  return NextResponse.json(await stopGeneration({ id }));
});

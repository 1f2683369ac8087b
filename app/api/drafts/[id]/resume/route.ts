import { NextResponse } from 'next/server';
import { z } from 'zod';
import { resumeGeneration } from '@/lib/generation';
import { readJson } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';
import { limitGenerationStart } from '@/lib/rate-limit';

export const POST = handle<{ id: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  const limited = limitGenerationStart(request);
  if (limited) return limited;
  const { id } = await params;
  return NextResponse.json(await resumeGeneration({ id }));
});

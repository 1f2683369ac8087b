import { NextResponse } from 'next/server';
import { z } from 'zod';
import { reparseDraft } from '@/lib/drafts';
import { handle, readJson } from '@/lib/http';

const ReparseInput = z.object({ version: z.number().int().positive() }).strict();

export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { version } = await readJson(request, ReparseInput);
  const { id } = await params;
  return NextResponse.json(await reparseDraft({ id, version }));
});

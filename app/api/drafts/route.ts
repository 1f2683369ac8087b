import { NextResponse } from 'next/server';
import { listDrafts } from '@/lib/drafts/queries';
import { CreateDraftInput, ListDraftsQuery } from '@/lib/drafts/schemas';
import { startGeneration } from '@/lib/generation';
import { parseWith, readJson } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';
import { limitGenerationStart } from '@/lib/rate-limit';

export const dynamic = 'force-dynamic';

export const GET = handle(async (request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return NextResponse.json(await listDrafts(parseWith(ListDraftsQuery, params)));
});

export const POST = handle(async (request) => {
  const input = await readJson(request, CreateDraftInput);
  const limited = limitGenerationStart(request);
  if (limited) return limited;
  return NextResponse.json(await startGeneration(input), { status: 201 });
});

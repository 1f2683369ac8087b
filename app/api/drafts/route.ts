import { NextResponse } from 'next/server';
import { listDrafts } from '@/lib/drafts';
import { CreateDraftInput, ListDraftsQuery } from '@/lib/drafts/schemas';
import { startWriting } from '@/lib/generation';
import { handle, parseWith, readJson } from '@/lib/http';
import { requestClient } from '@/lib/rate-limit';

export const dynamic = 'force-dynamic';

export const GET = handle(async (request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return NextResponse.json(await listDrafts(parseWith(ListDraftsQuery, params)));
});

export const POST = handle(async (request) => {
  const input = await readJson(request, CreateDraftInput);
  const draft = await startWriting({ kind: 'new', input, model: input.model }, { client: requestClient(request.headers) });
  return NextResponse.json(draft, { status: 201 });
});

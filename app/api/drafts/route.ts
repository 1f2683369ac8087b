import { NextResponse } from 'next/server';
import { authorize, principalId } from '@/lib/auth';
import { listDrafts } from '@/lib/drafts';
import { CreateDraftInput, ListDraftsQuery } from '@/lib/drafts/schemas';
import { startWriting } from '@/lib/generation';
import { handle, parseWith, readJson } from '@/lib/http';
import { requestClient } from '@/lib/rate-limit';

export const dynamic = 'force-dynamic';

export const GET = handle(async (request) => {
  const principal = await authorize(request.headers, 'drafts.read');
  const query = parseWith(ListDraftsQuery, Object.fromEntries(new URL(request.url).searchParams));
  // `mine` is the caller's own; the installation (before accounts) has none of its own, so it sees all.
  const author = query.author === 'mine' ? (principalId(principal) ?? undefined) : query.author;
  return NextResponse.json(await listDrafts({ ...query, author }));
});

export const POST = handle(async (request) => {
  const principal = await authorize(request.headers, 'drafts.write');
  const input = await readJson(request, CreateDraftInput);
  const caller = { client: requestClient(request.headers), personId: principalId(principal) };
  const draft = await startWriting({ kind: 'new', input, model: input.model }, caller);
  return NextResponse.json(draft, { status: 201 });
});

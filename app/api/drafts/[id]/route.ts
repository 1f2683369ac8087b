import { NextResponse } from 'next/server';
import { getDraft, updateDraft } from '@/lib/drafts';
import { UpdateDraftInput } from '@/lib/drafts/schemas';
import { deleteDraftStoppingGeneration } from '@/lib/generation';
import { assertMutationAllowed, handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Params = { id: string };

export const GET = handle<Params>(async (_request, { params }) => {
  const { id } = await params;
  return NextResponse.json(await getDraft({ id }));
});

export const PATCH = handle<Params>(async (request, { params }) => {
  const { id } = await params;
  const input = await readJson(request, UpdateDraftInput);
  return NextResponse.json(await updateDraft({ id, input }));
});

export const DELETE = handle<Params>(async (request, { params }) => {
  assertMutationAllowed(request);
  const { id } = await params;
  await deleteDraftStoppingGeneration({ id });
  return new NextResponse(null, { status: 204 });
});

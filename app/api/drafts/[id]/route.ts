import { NextResponse } from 'next/server';
import { authorize, principalId } from '@/lib/auth';
import { authorizeDraftChange, getDraft, updateDraft } from '@/lib/drafts';
import { UpdateDraftInput } from '@/lib/drafts/schemas';
import { deleteDraftStoppingGeneration } from '@/lib/generation';
import { assertMutationAllowed, handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Params = { id: string };

export const GET = handle<Params>(async (request, { params }) => {
  await authorize(request.headers, 'drafts.read');
  const { id } = await params;
  return NextResponse.json(await getDraft({ id }));
});

export const PATCH = handle<Params>(async (request, { params }) => {
  const { id } = await params;
  const principal = await authorize(request.headers, 'drafts.edit-own');
  const input = await readJson(request, UpdateDraftInput);
  await authorizeDraftChange(principal, id, { approving: input.status === 'approved' });
  return NextResponse.json(await updateDraft({ id, input, by: principalId(principal) }));
});

export const DELETE = handle<Params>(async (request, { params }) => {
  assertMutationAllowed(request);
  const { id } = await params;
  await authorizeDraftChange(await authorize(request.headers, 'drafts.edit-own'), id);
  await deleteDraftStoppingGeneration({ id });
  return new NextResponse(null, { status: 204 });
});

import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';
import { publishDraft } from '@/lib/publish';
import { PublishInput } from '@/lib/publish/schemas';

/** Publishes (or updates) the draft on one site: the remote post's id, URL and status. */
export const POST = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'drafts.publish');
  const input = await readJson(request, PublishInput);
  const { id } = await params;
  return NextResponse.json(await publishDraft({ draftId: id, input }));
});

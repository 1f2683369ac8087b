import { NextResponse } from 'next/server';
import { getDraft } from '@/lib/drafts/queries';
import { listRevisions } from '@/lib/drafts/revisions';
import { handle } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

export const GET = handle<{ id: string }>(async (_request, { params }) => {
  const { id } = await params;
  await getDraft({ id });
  return NextResponse.json(await listRevisions({ draftId: id }));
});

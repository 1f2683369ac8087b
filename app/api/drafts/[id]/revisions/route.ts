import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { getDraft, listRevisions } from '@/lib/drafts';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'drafts.read');
  const { id } = await params;
  await getDraft({ id });
  return NextResponse.json(await listRevisions({ draftId: id }));
});

import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { handle } from '@/lib/http';
import { listPublications, refreshPublications } from '@/lib/publish';

export const dynamic = 'force-dynamic';

/** Where the draft is published; `?refresh=1` asks each site first, so a post deleted there shows as missing. */
export const GET = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'drafts.read');
  const { id } = await params;
  const refresh = new URL(request.url).searchParams.get('refresh') === '1';
  return NextResponse.json({ publications: await (refresh ? refreshPublications : listPublications)({ draftId: id }) });
});

import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { getBatch } from '@/lib/batch';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'drafts.read');
  const { id } = await params;
  return NextResponse.json(await getBatch({ id }));
});

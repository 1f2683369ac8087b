import { NextResponse } from 'next/server';
import { getBatch } from '@/lib/batch';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle<{ id: string }>(async (_request, { params }) => {
  const { id } = await params;
  return NextResponse.json(await getBatch({ id }));
});

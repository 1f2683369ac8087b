import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { listTagSuggestions } from '@/lib/drafts';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.read');
  return NextResponse.json(await listTagSuggestions());
});

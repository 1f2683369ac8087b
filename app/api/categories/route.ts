import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { handle } from '@/lib/http';
import { CATEGORIES } from '@/lib/post-format';

export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.read');
  return NextResponse.json(CATEGORIES);
});

import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { listCategories } from '@/lib/categories';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** The fixed list of 60, in order and unchanged, then the categories an admin added (POST /api/categories/custom). */
export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.read');
  return NextResponse.json(await listCategories());
});

import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { offeredModels } from '@/lib/generation';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** The models a post can be written with, `default` marked; no key or endpoint secret is in it. */
export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.read');
  return NextResponse.json({ models: await offeredModels() });
});

import { NextResponse } from 'next/server';
import { applyBulkAction } from '@/lib/drafts';
import { BulkActionInput } from '@/lib/drafts/schemas';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request) => {
  const input = await readJson(request, BulkActionInput);
  return NextResponse.json(await applyBulkAction(input));
});

import { NextResponse } from 'next/server';
import { applyBulkAction } from '@/lib/drafts/bulk';
import { BulkActionInput } from '@/lib/drafts/schemas';
import { readJson } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request) => {
  const input = await readJson(request, BulkActionInput);
  return NextResponse.json(await applyBulkAction(input));
});

import { NextResponse } from 'next/server';
import { assertMay, authorize } from '@/lib/auth';
import { applyBulkAction, editorOf } from '@/lib/drafts';
import { BulkActionInput } from '@/lib/drafts/schemas';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request) => {
  const principal = await authorize(request.headers, 'drafts.edit-own');
  const input = await readJson(request, BulkActionInput);
  if (input.action === 'approve') assertMay(principal, 'drafts.approve');
  return NextResponse.json(await applyBulkAction(input, editorOf(principal)));
});

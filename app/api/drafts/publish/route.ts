import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';
import { publishDrafts } from '@/lib/publish';
import { BulkPublishInput } from '@/lib/publish/schemas';

/** Publishes several drafts to one site, one after another: a result per draft. */
export const POST = handle(async (request) => {
  await authorize(request.headers, 'drafts.publish');
  return NextResponse.json({ results: await publishDrafts(await readJson(request, BulkPublishInput)) });
});

import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { checkTopics } from '@/lib/batch';
import { CheckTopicsInput } from '@/lib/batch/schemas';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request) => {
  await authorize(request.headers, 'drafts.write');
  const input = await readJson(request, CheckTopicsInput);
  return NextResponse.json(await checkTopics(input));
});

import { NextResponse } from 'next/server';
import { checkTopics } from '@/lib/batch';
import { CheckTopicsInput } from '@/lib/batch/schemas';
import { readJson } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request) => {
  const input = await readJson(request, CheckTopicsInput);
  return NextResponse.json(await checkTopics(input));
});

import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize, principalId } from '@/lib/auth';
import { createBatch, listBatches } from '@/lib/batch';
import { CreateBatchInput } from '@/lib/batch/schemas';
import { handle, parseWith, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

const ListBatchesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.read');
  const query = parseWith(ListBatchesQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ items: await listBatches(query) });
});

export const POST = handle(async (request) => {
  const principal = await authorize(request.headers, 'drafts.write');
  const input = await readJson(request, CreateBatchInput);
  return NextResponse.json(await createBatch({ input, by: principalId(principal) }), { status: 201 });
});

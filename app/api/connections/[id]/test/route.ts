import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';
import { testConnection } from '@/lib/publish';

/** Checks a stored connection against its site now: `{"ok": true, …}` or connection_failed naming what is wrong. */
export const POST = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'connections.manage');
  await readJson(request, z.object({}).strict());
  const { id } = await params;
  return NextResponse.json(await testConnection({ id }));
});

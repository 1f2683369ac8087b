import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';
import { testConnection } from '@/lib/publish';
import { ConnectionInput } from '@/lib/publish/schemas';

/** Checks a connection before it is saved, with the same body as POST /api/connections. */
export const POST = handle(async (request) => {
  await authorize(request.headers, 'connections.manage');
  return NextResponse.json(await testConnection(await readJson(request, ConnectionInput)));
});

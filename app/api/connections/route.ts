import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';
import { addConnection, listConnections } from '@/lib/publish';
import { ConnectionInput } from '@/lib/publish/schemas';

export const dynamic = 'force-dynamic';

/** The publishing targets, never their secrets. */
export const GET = handle(async (request) => {
  // Editors pick a site when they publish; only admins change the list.
  await authorize(request.headers, 'drafts.publish');
  return NextResponse.json({ connections: await listConnections() });
});

/** Adds a site after testing it: a wrong address or credential is a 400 connection_failed naming the problem. */
export const POST = handle(async (request) => {
  await authorize(request.headers, 'connections.manage');
  const input = await readJson(request, ConnectionInput);
  return NextResponse.json(await addConnection(input), { status: 201 });
});

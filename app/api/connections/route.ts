import { NextResponse } from 'next/server';
import { handle, readJson } from '@/lib/http';
import { addConnection, listConnections } from '@/lib/publish';
import { ConnectionInput } from '@/lib/publish/schemas';

export const dynamic = 'force-dynamic';

/** The publishing targets, never their secrets. */
export const GET = handle(async () => NextResponse.json({ connections: await listConnections() }));

/** Adds a site after testing it: a wrong address or credential is a 400 connection_failed naming the problem. */
export const POST = handle(async (request) => {
  const input = await readJson(request, ConnectionInput);
  return NextResponse.json(await addConnection(input), { status: 201 });
});

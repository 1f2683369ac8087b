import { NextResponse } from 'next/server';
import { z } from 'zod';
import { endedSessionCookie } from '@/lib/auth/server';
import { readJson } from '@/lib/http/requests';
import { handle } from '@/lib/http/responses';

export const POST = handle(async (request) => {
  await readJson(request, z.object({}).strict());
  const response = NextResponse.json({ ok: true });
  response.cookies.set(endedSessionCookie(request.headers, request.url));
  return response;
});

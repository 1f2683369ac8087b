import { NextResponse } from 'next/server';
import { createApiToken, listApiTokens } from '@/lib/accounts';
import { NewApiTokenInput } from '@/lib/accounts/schemas';
import { requirePerson } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';

/** This person's API tokens, newest first, without their secrets. */
export const GET = handle(async (request) => {
  const person = await requirePerson(request.headers);
  return NextResponse.json({ tokens: await listApiTokens(person.id) });
});

/** `{"name"}` → 201 with `token`: the only time the secret is shown. */
export const POST = handle(async (request) => {
  const person = await requirePerson(request.headers);
  const { name } = await readJson(request, NewApiTokenInput);
  return NextResponse.json(await createApiToken({ userId: person.id, name }), { status: 201 });
});

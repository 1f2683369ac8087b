import { z } from 'zod';
import { revokeApiToken } from '@/lib/accounts';
import { requirePerson } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';

/** Revokes one of this person's tokens: scripts using it get 401 from then on. */
export const DELETE = handle<{ id: string }>(async (request, { params }) => {
  const person = await requirePerson(request.headers);
  await readJson(request, z.object({}).strict());
  await revokeApiToken({ id: (await params).id, userId: person.id });
  return new Response(null, { status: 204 });
});

import { z } from 'zod';
import { handle, readJson } from '@/lib/http';
import { deleteConnection } from '@/lib/publish';

export const DELETE = handle<{ id: string }>(async (request, { params }) => {
  await readJson(request, z.object({}).strict());
  const { id } = await params;
  await deleteConnection({ id });
  return new Response(null, { status: 204 });
});

import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { handle, readJson } from '@/lib/http';
import { deleteConnection } from '@/lib/publish';

export const DELETE = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'connections.manage');
  await readJson(request, z.object({}).strict());
  const { id } = await params;
  await deleteConnection({ id });
  return new Response(null, { status: 204 });
});

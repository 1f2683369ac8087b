import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { openDraftEventStream } from '@/lib/generation';
import { handle, parseWith } from '@/lib/http';

export const dynamic = 'force-dynamic';

const StreamQuery = z.object({ offset: z.coerce.number().int().min(0).default(0) });

export const GET = handle<{ id: string }>(async (request, { params }) => {
  await authorize(request.headers, 'drafts.read');
  const { id } = await params;
  const { offset } = parseWith(StreamQuery, Object.fromEntries(new URL(request.url).searchParams));
  const body = await openDraftEventStream({ id, offset, signal: request.signal });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
});

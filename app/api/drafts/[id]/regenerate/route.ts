import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize, principalId } from '@/lib/auth';
import { authorizeDraftChange } from '@/lib/drafts';
import { regenerateMetadata, startWriting } from '@/lib/generation';
import { handle, readJson } from '@/lib/http';
import { requestClient } from '@/lib/rate-limit';

const RegenerateInput = z
  .object({
    version: z.number().int().positive(),
    scope: z.enum(['post', 'metadata']).default('post'),
    /** Another model for the post (`<provider>:<model id>`); absent keeps the draft's own. */
    model: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const POST = handle<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const principal = await authorize(request.headers, 'drafts.edit-own');
  await authorizeDraftChange(principal, id);
  const { version, scope, model } = await readJson(request, RegenerateInput);
  const draft =
    scope === 'post'
      ? await startWriting(
          { kind: 'regenerate', id, version, model },
          { client: requestClient(request.headers), personId: principalId(principal) },
        )
      : await regenerateMetadata({ id, version });
  return NextResponse.json(draft);
});

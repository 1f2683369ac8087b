'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authorizeAction, principalId } from '@/lib/auth';
import type { Draft } from '@/lib/drafts/draft';
import { CreateDraftInput } from '@/lib/drafts/schemas';
import { isAppError } from '@/lib/errors';
import { startWriting } from '@/lib/generation';
import { malformedTextProblem } from '@/lib/http';
import { requestClient } from '@/lib/rate-limit';

export type CreateDraftFormState = { error: string | null; topic: string };

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The topic form: validates, creates the draft, starts writing in the background (or the outline first), opens the draft. */
export async function createDraftAction(_previous: CreateDraftFormState, formData: FormData): Promise<CreateDraftFormState> {
  const principal = await authorizeAction('drafts.write');
  const topic = field(formData, 'topic') ?? '';
  const input = {
    topic,
    keywords: field(formData, 'keywords'),
    tone: field(formData, 'tone'),
    audience: field(formData, 'audience'),
    length: field(formData, 'length'),
    language: field(formData, 'language'),
    model: field(formData, 'model'),
  };
  const malformed = malformedTextProblem(input);
  if (malformed) return { error: malformed, topic };
  const parsed = CreateDraftInput.safeParse(input);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join(' '), topic };
  let draft: Draft;
  try {
    // "Outline first" stops after the outline, which the person edits on the draft page before the post.
    const kind = formData.get('outlineFirst') === 'on' ? 'outline' : 'new';
    draft = await startWriting(
      { kind, input: parsed.data, model: parsed.data.model },
      { client: requestClient(await headers()), personId: principalId(principal) },
    );
  } catch (error) {
    if (isAppError(error)) return { error: error.message, topic };
    console.error('Could not start a generation', error);
    return { error: 'The draft could not be created. Check the server log, then try again.', topic };
  }
  redirect(`/drafts/${draft.id}`);
}

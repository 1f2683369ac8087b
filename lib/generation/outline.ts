import 'server-only';
import type { Draft } from '@/lib/drafts/draft';
import { createDraft } from '@/lib/drafts/queries';
import type { CreateDraftValues } from '@/lib/drafts/schemas';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { askModelOnce } from './ask-model';
import { buildUserMessage, OUTLINE_INSTRUCTIONS } from './prompt';

/**
 * "Outline first": asks the model for the post's outline only and stores it on a new draft, which waits
 * for the person to edit it and ask for the post.
 */
export async function createOutlineDraft(input: CreateDraftValues): Promise<Draft> {
  const outline = await askModelOnce({
    userMessage: `${OUTLINE_INSTRUCTIONS}\n\n${buildUserMessage(input)}`,
    maxTokens: 2_048,
    retryHint: 'The outline was not written; try again in a moment.',
  });
  if (!outline) throw new AppError('generation_unavailable', 'The model answered with an empty outline. Try again.');
  return createDraft({ input, model: serverEnv().ANTHROPIC_MODEL, outline });
}

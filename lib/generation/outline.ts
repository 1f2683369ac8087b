import 'server-only';
import type { ModelChoice } from '@/lib/drafts/model-choice';
import type { CreateDraftValues } from '@/lib/drafts/schemas';
import { AppError } from '@/lib/errors';
import { askModelOnce } from './ask-model';
import { buildUserMessage, OUTLINE_INSTRUCTIONS } from './prompt';

/**
 * "Outline first": asks the model for the post's outline only; the draft that holds it waits for the person
 * to edit it and ask for the post.
 */
export async function createOutline(input: CreateDraftValues, choice: ModelChoice): Promise<string> {
  const outline = await askModelOnce({
    choice,
    userMessage: `${OUTLINE_INSTRUCTIONS}\n\n${buildUserMessage(input)}`,
    maxTokens: 2_048,
    retryHint: 'The outline was not written; try again in a moment.',
  });
  if (!outline) throw new AppError('generation_unavailable', 'The model answered with an empty outline. Try again.');
  return outline;
}

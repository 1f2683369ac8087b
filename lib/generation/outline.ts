import 'server-only';
import type { Draft } from '@/lib/drafts/draft';
import { createDraft } from '@/lib/drafts/queries';
import type { CreateDraftValues } from '@/lib/drafts/schemas';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { anthropicClient } from './anthropic-client';
import { classifyFailure } from './failures';
import { buildUserMessage, OUTLINE_INSTRUCTIONS, SYSTEM_PROMPT } from './prompt';

/**
 * "Outline first": asks the model for the post's outline only and stores it on a new draft, which waits
 * for the person to edit it and ask for the post.
 */
export async function createOutlineDraft(input: CreateDraftValues): Promise<Draft> {
  const client = anthropicClient();
  const model = serverEnv().ANTHROPIC_MODEL;
  let outline: string;
  try {
    const message = await client.messages.create({
      model,
      max_tokens: 2_048,
      system: SYSTEM_PROMPT,
      messages: [{ role: 'user', content: `${OUTLINE_INSTRUCTIONS}\n\n${buildUserMessage(input)}` }],
    });
    outline = message.content
      .map((block) => (block.type === 'text' ? block.text : ''))
      .join('')
      .trim();
  } catch (error) {
    throw new AppError('generation_unavailable', `${classifyFailure(error).message} The outline was not written; try again in a moment.`);
  }
  if (!outline) throw new AppError('generation_unavailable', 'The model answered with an empty outline. Try again.');
  return createDraft({ input, model, outline });
}

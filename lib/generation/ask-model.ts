import 'server-only';
import { listCategories } from '@/lib/categories';
import type { ModelChoice } from '@/lib/drafts/model-choice';
import { AppError } from '@/lib/errors';
import { systemPrompt } from './prompt';
import { providerFor } from './providers';

/**
 * One short, non-streamed request with the post-writing system prompt (an outline, new metadata): its text,
 * or an AppError saying what failed and that `retryHint` applies.
 */
export async function askModelOnce({
  choice,
  userMessage,
  maxTokens,
  retryHint,
}: {
  choice: ModelChoice;
  userMessage: string;
  maxTokens: number;
  retryHint: string;
}): Promise<string> {
  const provider = providerFor(choice.provider);
  const system = systemPrompt(await listCategories());
  try {
    return await provider.complete({ model: choice.model, system, prompt: userMessage, maxTokens });
  } catch (error) {
    throw new AppError('generation_unavailable', `${provider.classifyFailure(error).message} ${retryHint}`);
  }
}

import 'server-only';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { anthropicClient } from './anthropic-client';
import { classifyFailure } from './failures';
import { SYSTEM_PROMPT } from './prompt';

/**
 * One short, non-streamed request with the post-writing system prompt (an outline, new metadata): its text,
 * or an AppError saying what failed and that `retryHint` applies.
 */
export async function askModelOnce({
  userMessage,
  maxTokens,
  retryHint,
}: {
  userMessage: string;
  maxTokens: number;
  retryHint: string;
}): Promise<string> {
  const client = anthropicClient();
  try {
    const message = await client.messages.create({
      model: serverEnv().ANTHROPIC_MODEL,
      max_tokens: maxTokens,
      system: SYSTEM_PROMPT,
      messages: [{ role: 'user', content: userMessage }],
    });
    return message.content
      .map((block) => (block.type === 'text' ? block.text : ''))
      .join('')
      .trim();
  } catch (error) {
    throw new AppError('generation_unavailable', `${classifyFailure(error).message} ${retryHint}`);
  }
}

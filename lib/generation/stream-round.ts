import 'server-only';
import type Anthropic from '@anthropic-ai/sdk';
import { IdleStreamError } from './failures';
import { SYSTEM_PROMPT } from './prompt';

export type RoundRequest = {
  client: Anthropic;
  model: string;
  maxTokens: number;
  userMessage: string;
  /** The text written so far, sent as the assistant's turn so the model continues it. */
  prefill: string;
  idleTimeoutMs: number;
  signal: AbortSignal;
  onText: (text: string) => void;
};

export type RoundResult = { stopReason: string; inputTokens: number; outputTokens: number };

/** One streamed request to the Messages API; rejects on any break, after delivering the text it got. */
export async function streamRound(request: RoundRequest): Promise<RoundResult> {
  // The API rejects a final assistant turn that ends in whitespace.
  const prefill = request.prefill.trimEnd();
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: request.userMessage }];
  if (prefill) messages.push({ role: 'assistant', content: prefill });

  const stream = request.client.messages.stream(
    { model: request.model, max_tokens: request.maxTokens, system: SYSTEM_PROMPT, messages },
    { signal: request.signal },
  );
  let idle = false;
  let idleTimer: NodeJS.Timeout | undefined;
  const armIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idle = true;
      stream.abort();
    }, request.idleTimeoutMs);
  };
  armIdleTimer();
  stream.on('streamEvent', armIdleTimer);
  stream.on('text', (text) => request.onText(text));
  try {
    const message = await stream.finalMessage();
    return {
      stopReason: message.stop_reason ?? 'unknown',
      inputTokens: message.usage.input_tokens,
      outputTokens: message.usage.output_tokens,
    };
  } catch (error) {
    if (idle) throw new IdleStreamError(request.idleTimeoutMs);
    throw error;
  } finally {
    clearTimeout(idleTimer);
  }
}

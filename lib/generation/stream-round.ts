import 'server-only';
import type Anthropic from '@anthropic-ai/sdk';
import { IdleStreamError } from './failures';
import { SYSTEM_PROMPT } from './prompt';

export type RoundRequest = {
  client: Anthropic;
  model: string;
  maxTokens: number;
  messages: Anthropic.MessageParam[];
  idleTimeoutMs: number;
  signal: AbortSignal;
  onText: (text: string) => void;
};

export type RoundUsage = { inputTokens: number; outputTokens: number };

/**
 * One streamed request to the Messages API. Resolves with the stop reason; rejects on any break, after
 * delivering the text it got. Either way `usage` holds the tokens the API reported for the request (a
 * broken stream's input was still read: message_start reports it).
 */
export async function streamRound(request: RoundRequest, usage: RoundUsage): Promise<string> {
  const stream = request.client.messages.stream(
    { model: request.model, max_tokens: request.maxTokens, system: SYSTEM_PROMPT, messages: request.messages },
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
  stream.on('streamEvent', (event) => {
    armIdleTimer();
    if (event.type === 'message_start') usage.inputTokens = event.message.usage.input_tokens;
    else if (event.type === 'message_delta') usage.outputTokens = event.usage.output_tokens;
  });
  stream.on('text', (text) => request.onText(text));
  try {
    const message = await stream.finalMessage();
    usage.inputTokens = message.usage.input_tokens;
    usage.outputTokens = message.usage.output_tokens;
    return message.stop_reason ?? 'unknown';
  } catch (error) {
    if (idle) throw new IdleStreamError(request.idleTimeoutMs);
    throw error;
  } finally {
    clearTimeout(idleTimer);
  }
}

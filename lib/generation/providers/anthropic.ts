import 'server-only';
import Anthropic, { APIError } from '@anthropic-ai/sdk';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { type GenerationFailure, IdleStreamError, refusalMessage, watchForSilence } from '../failures';
import { continuationStyle, isPrefillRefusalMessage, learnPrefillRefusal } from '../models';
import type { ChatMessage, ChatProvider, RoundRequest, RoundUsage } from './types';

export const ANTHROPIC_KEY_MISSING =
  'Writing with Claude needs an Anthropic API key. Set ANTHROPIC_API_KEY in the environment (for example ANTHROPIC_API_KEY=sk-ant-… npm start) and restart the app.';

let cached: Anthropic | undefined;

function client(): Anthropic {
  const env = serverEnv();
  if (!env.ANTHROPIC_API_KEY) throw new AppError('generation_unavailable', ANTHROPIC_KEY_MISSING);
  // maxRetries covers 429/529 answered before a stream starts; the SDK backs off and honours retry-after.
  cached ??= new Anthropic({
    apiKey: env.ANTHROPIC_API_KEY,
    maxRetries: 4,
    ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
  });
  return cached;
}

function toMessages(messages: ChatMessage[]): Anthropic.MessageParam[] {
  return messages.map(({ role, parts }) => ({
    role,
    content: parts.length === 1 ? (parts[0] ?? '') : parts.map((text) => ({ type: 'text' as const, text })),
  }));
}

/** The API's own sentence from an error response (`{"error": {"message": …}}`), when it sent one. */
function apiErrorMessage(error: APIError): string | undefined {
  const body = error.error as { error?: { message?: unknown } } | undefined;
  const message = body?.error?.message;
  return typeof message === 'string' && message.trim() ? message.trim() : undefined;
}

// What a person can do about each status that a retry cannot fix; the API's own words come first.
const FATAL_STATUS_ADVICE: Record<number, string> = {
  400: 'Fix what it names (a setting in the environment, such as ANTHROPIC_MODEL) and restart the app. If it names nothing you set, report it with this message.',
  401: 'The API key was rejected: check ANTHROPIC_API_KEY and restart the app.',
  403: 'The API key may not use this model: check ANTHROPIC_MODEL and your account.',
  404: 'The model was not found: check ANTHROPIC_MODEL and restart the app.',
  413: 'The request was too large for the API.',
};

function describeRetryable(reason: string): string {
  if (reason === 'overloaded_error' || reason === 'http_529') return 'The API is overloaded.';
  if (reason === 'rate_limit_error' || reason === 'http_429') return 'The API rate limit was reached.';
  return 'The connection to the API broke.';
}

/** Claude through the Messages API (@anthropic-ai/sdk). */
export const anthropicProvider: ChatProvider = {
  id: 'anthropic',

  async streamRound(request: RoundRequest, usage: RoundUsage): Promise<string> {
    const stream = client().messages.stream(
      { model: request.model, max_tokens: request.maxTokens, system: request.system, messages: toMessages(request.messages) },
      { signal: request.signal },
    );
    const silence = watchForSilence(request.idleTimeoutMs, () => stream.abort());
    stream.on('streamEvent', (event) => {
      silence.heard();
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
      if (silence.fell()) throw new IdleStreamError(request.idleTimeoutMs);
      throw error;
    } finally {
      silence.stop();
    }
  },

  async complete({ model, system, prompt, maxTokens }) {
    const message = await client().messages.create({ model, max_tokens: maxTokens, system, messages: [{ role: 'user', content: prompt }] });
    return message.content
      .map((block) => (block.type === 'text' ? block.text : ''))
      .join('')
      .trim();
  },

  classifyFailure(error: unknown): GenerationFailure {
    if (error instanceof IdleStreamError) return { retryable: true, reason: 'stalled', message: error.message };
    if (error instanceof APIError) {
      const status = error.status;
      const advice = status === undefined ? undefined : FATAL_STATUS_ADVICE[status];
      if (status !== undefined && advice) {
        const said = apiErrorMessage(error);
        return {
          retryable: false,
          reason: error.type ?? `http_${status}`,
          message: refusalMessage({ who: 'The API', status, said, advice }),
        };
      }
      const reason = error.type ?? (status ? `http_${status}` : 'connection_error');
      return { retryable: true, reason, message: describeRetryable(reason) };
    }
    if (error instanceof AppError) return { retryable: false, reason: error.code, message: error.message };
    return { retryable: true, reason: 'connection_error', message: describeRetryable('connection_error') };
  },

  continuationStyle,

  refusedPrefill(error: unknown, model: string): boolean {
    const refused = error instanceof APIError && error.status === 400 && isPrefillRefusalMessage(apiErrorMessage(error) ?? error.message);
    if (refused) learnPrefillRefusal(model);
    return refused;
  },
};

export function anthropicConfigured(): boolean {
  return serverEnv().ANTHROPIC_API_KEY !== undefined;
}

import 'server-only';
import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { type GenerationFailure, IdleStreamError, refusalMessage, watchForSilence } from '../failures';
import type { ChatMessage, ChatProvider, RoundRequest, RoundUsage } from './types';

export const OPENAI_ENDPOINT_MISSING =
  'Writing with a model of your own needs OPENAI_BASE_URL (for example OPENAI_BASE_URL=http://localhost:11434/v1 for Ollama). Set it and restart the app.';

let cached: { baseURL: string; client: OpenAI } | undefined;

function client(): OpenAI {
  const { OPENAI_BASE_URL: baseURL, OPENAI_API_KEY } = serverEnv();
  if (!baseURL) throw new AppError('generation_unavailable', OPENAI_ENDPOINT_MISSING);
  if (cached?.baseURL !== baseURL) {
    // Local servers ignore the key, but the SDK refuses to start without one.
    cached = { baseURL, client: new OpenAI({ baseURL, apiKey: OPENAI_API_KEY ?? 'not-needed', maxRetries: 4 }) };
  }
  return cached.client;
}

// No prefill on Chat Completions endpoints: a continuation always quotes the text so far in a user turn.
function toMessages(system: string, messages: ChatMessage[]): ChatCompletionMessageParam[] {
  return [{ role: 'system', content: system }, ...messages.map(({ role, parts }) => ({ role, content: parts.join('\n\n') }))];
}

// finish_reason per the Chat Completions reference: `stop` (done), `length` (max_tokens reached).
function stopReasonOf(finishReason: string | null | undefined): string {
  if (finishReason === 'stop') return 'end_turn';
  if (finishReason === 'length') return 'max_tokens';
  return finishReason ?? 'unknown';
}

const FATAL_STATUS_ADVICE: Record<number, string> = {
  400: 'Fix what it names (OPENAI_MODELS or DEFAULT_MODEL, say) and restart the app.',
  401: 'The endpoint rejected the key: check OPENAI_API_KEY and restart the app.',
  403: 'The key may not use this model: check OPENAI_API_KEY and the model.',
  404: 'The endpoint does not know this model: check OPENAI_MODELS (or pull the model).',
  413: 'The request was too large for the endpoint.',
};

function errorSentence(error: APIError): string | undefined {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' && body.message.trim() ? body.message.trim() : undefined;
}

/** Any OpenAI-compatible Chat Completions endpoint (the official `openai` SDK with OPENAI_BASE_URL). */
export const openaiProvider: ChatProvider = {
  id: 'openai',

  async streamRound(request: RoundRequest, usage: RoundUsage): Promise<string> {
    const stream = await client().chat.completions.create(
      {
        model: request.model,
        messages: toMessages(request.system, request.messages),
        max_tokens: request.maxTokens,
        stream: true,
        stream_options: { include_usage: true },
      },
      { signal: request.signal },
    );
    const silence = watchForSilence(request.idleTimeoutMs, () => stream.controller.abort());
    let finishReason: string | null | undefined;
    try {
      for await (const chunk of stream) {
        silence.heard();
        const choice = chunk.choices[0];
        if (choice?.delta?.content) request.onText(choice.delta.content);
        if (choice?.finish_reason) finishReason = choice.finish_reason;
        if (chunk.usage) {
          usage.inputTokens = chunk.usage.prompt_tokens;
          usage.outputTokens = chunk.usage.completion_tokens;
        }
      }
    } catch (error) {
      if (silence.fell()) throw new IdleStreamError(request.idleTimeoutMs);
      throw error;
    } finally {
      silence.stop();
    }
    // A stream that ends without a finish_reason was cut: treat it as a break, not as the end of the post.
    if (!finishReason) throw new Error('The stream ended without saying why.');
    return stopReasonOf(finishReason);
  },

  async complete({ model, system, prompt, maxTokens }) {
    const completion = await client().chat.completions.create({
      model,
      messages: toMessages(system, [{ role: 'user', parts: [prompt] }]),
      max_tokens: maxTokens,
    });
    return (completion.choices[0]?.message?.content ?? '').trim();
  },

  classifyFailure(error: unknown): GenerationFailure {
    if (error instanceof IdleStreamError) return { retryable: true, reason: 'stalled', message: error.message };
    if (error instanceof AppError) return { retryable: false, reason: error.code, message: error.message };
    // The SDK's connection errors are APIErrors without a status too: tell them apart from an error chunk.
    if (error instanceof APIConnectionError)
      return { retryable: true, reason: 'connection_error', message: 'The connection to the endpoint broke.' };
    if (error instanceof APIError && !(error instanceof APIUserAbortError)) {
      const status = error.status;
      const advice = status === undefined ? undefined : FATAL_STATUS_ADVICE[status];
      const said = errorSentence(error);
      if (status !== undefined && advice) {
        return {
          retryable: false,
          reason: `http_${status}`,
          message: refusalMessage({ who: 'The endpoint', status, said, advice }),
        };
      }
      // No status: an error chunk sent mid-stream (OpenRouter, LiteLLM, vLLM do this when the upstream fails).
      if (status === undefined)
        return {
          retryable: true,
          reason: 'stream_error',
          message: `The endpoint reported an error mid-stream${said ? `: “${said}”` : ''}.`,
        };
      if (status === 429) return { retryable: true, reason: 'http_429', message: 'The endpoint rate limit was reached.' };
      return { retryable: true, reason: `http_${status}`, message: `The endpoint failed (HTTP ${status}).` };
    }
    return { retryable: true, reason: 'connection_error', message: 'The connection to the endpoint broke.' };
  },

  continuationStyle: () => 'user-turn',

  refusedPrefill: () => false,
};

export function openaiConfigured(): boolean {
  return serverEnv().OPENAI_BASE_URL !== undefined;
}

const MODEL_LIST_TTL_MS = 60_000;
let listed: { at: number; ids: Promise<string[]> } | undefined;

/** The model ids the endpoint lists (GET /models), for when OPENAI_MODELS names none; asked at most once a minute. */
export function listEndpointModels(): Promise<string[]> {
  if (!listed || Date.now() - listed.at > MODEL_LIST_TTL_MS) {
    const ids = (async () => {
      const found: string[] = [];
      for await (const model of client().models.list()) found.push(model.id);
      return found.sort();
    })();
    listed = { at: Date.now(), ids };
    // A failed listing is not remembered: the next request asks again.
    ids.catch(() => {
      listed = undefined;
    });
  }
  return listed.ids;
}

import type { ProviderId } from '@/lib/drafts/model-choice';
import type { GenerationFailure } from '../failures';
import type { ContinuationStyle } from '../models';

/** One turn as every provider takes it: its text, in parts (a request, then the text so far to continue). */
export type ChatMessage = { role: 'user' | 'assistant'; parts: string[] };

export type RoundUsage = { inputTokens: number; outputTokens: number };

export type RoundRequest = {
  model: string;
  system: string;
  messages: ChatMessage[];
  maxTokens: number;
  idleTimeoutMs: number;
  signal: AbortSignal;
  onText: (text: string) => void;
};

/**
 * What the engine needs of a model API. Stop reasons come back in one vocabulary: `end_turn` when the model
 * finished, `max_tokens` when it hit the limit (the engine continues), anything else as the API said it.
 */
export interface ChatProvider {
  readonly id: ProviderId;
  /** One streamed request; resolves with the stop reason, rejects on any break after delivering the text it got. */
  streamRound(request: RoundRequest, usage: RoundUsage): Promise<string>;
  /** One short request, not streamed: the reply's text. */
  complete(request: { model: string; system: string; prompt: string; maxTokens: number }): Promise<string>;
  /** What broke a round: whether a retry can fix it, and a sentence for the person watching. */
  classifyFailure(error: unknown): GenerationFailure;
  /** How a post cut off mid-way is continued with this model. */
  continuationStyle(model: string): ContinuationStyle;
  /** The API refused the text so far as an assistant turn (the model takes no prefill); learn it for next time. */
  refusedPrefill(error: unknown, model: string): boolean;
}

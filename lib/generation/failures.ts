import { APIError } from '@anthropic-ai/sdk';

export type GenerationFailure = { retryable: boolean; reason: string; message: string };

/** Thrown when the stream goes quiet for too long: treated like a dropped connection. */
export class IdleStreamError extends Error {
  constructor(idleMs: number) {
    super(`The model sent nothing for ${Math.round(idleMs / 1000)} s.`);
    this.name = 'IdleStreamError';
  }
}

const FATAL_STATUS_MESSAGES: Record<number, string> = {
  400: 'The API refused the request as invalid. Check ANTHROPIC_MODEL names a model your key can use.',
  401: 'The API key was rejected. Check ANTHROPIC_API_KEY and restart the app, then press Resume.',
  403: 'The API key is not allowed to use this model. Check ANTHROPIC_MODEL and your account, then press Resume.',
  404: 'The model was not found. Check ANTHROPIC_MODEL and restart the app, then press Resume.',
  413: 'The request was too large for the API.',
};

/**
 * Sorts what broke a round into what a retry can fix (overload, rate limits, drops, silence) and what it
 * cannot (a bad key or model), with a sentence for the person watching.
 */
export function classifyFailure(error: unknown): GenerationFailure {
  if (error instanceof IdleStreamError) return { retryable: true, reason: 'stalled', message: error.message };
  if (error instanceof APIError) {
    const status = error.status;
    if (status !== undefined && FATAL_STATUS_MESSAGES[status]) {
      return { retryable: false, reason: error.type ?? `http_${status}`, message: FATAL_STATUS_MESSAGES[status] };
    }
    const reason = error.type ?? (status ? `http_${status}` : 'connection_error');
    return { retryable: true, reason, message: describeRetryable(reason) };
  }
  return { retryable: true, reason: 'connection_error', message: describeRetryable('connection_error') };
}

function describeRetryable(reason: string): string {
  if (reason === 'overloaded_error' || reason === 'http_529') return 'The API is overloaded.';
  if (reason === 'rate_limit_error' || reason === 'http_429') return 'The API rate limit was reached.';
  return 'The connection to the API broke.';
}

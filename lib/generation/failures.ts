import { APIError } from '@anthropic-ai/sdk';
import { isPrefillRefusalMessage } from './models';

export type GenerationFailure = { retryable: boolean; reason: string; message: string };

/** Thrown when the stream goes quiet for too long: treated like a dropped connection. */
export class IdleStreamError extends Error {
  constructor(idleMs: number) {
    super(`The model sent nothing for ${Math.round(idleMs / 1000)} s.`);
    this.name = 'IdleStreamError';
  }
}

/** The API's own sentence from an error response (`{"error": {"message": …}}`), when it sent one. */
export function apiErrorMessage(error: APIError): string | undefined {
  const body = error.error as { error?: { message?: unknown } } | undefined;
  const message = body?.error?.message;
  return typeof message === 'string' && message.trim() ? message.trim() : undefined;
}

/** A 400 because the request ended with an assistant turn that this model does not take. */
export function isPrefillRefusal(error: unknown): boolean {
  return error instanceof APIError && error.status === 400 && isPrefillRefusalMessage(apiErrorMessage(error) ?? error.message);
}

// What a person can do about each status that a retry cannot fix; the API's own words come first.
const FATAL_STATUS_ADVICE: Record<number, string> = {
  400: 'Fix what it names (a setting in the environment, such as ANTHROPIC_MODEL) and restart the app, then press Resume. If it names nothing you set, report it with this message.',
  401: 'The API key was rejected: check ANTHROPIC_API_KEY and restart the app, then press Resume.',
  403: 'The API key may not use this model: check ANTHROPIC_MODEL and your account, then press Resume.',
  404: 'The model was not found: check ANTHROPIC_MODEL and restart the app, then press Resume.',
  413: 'The request was too large for the API.',
};

/**
 * Sorts what broke a round into what a retry can fix (overload, rate limits, drops, silence) and what it
 * cannot (a bad key or model, a refused request), with a sentence for the person watching.
 */
export function classifyFailure(error: unknown): GenerationFailure {
  if (error instanceof IdleStreamError) return { retryable: true, reason: 'stalled', message: error.message };
  if (error instanceof APIError) {
    const status = error.status;
    const advice = status === undefined ? undefined : FATAL_STATUS_ADVICE[status];
    if (advice) {
      const said = apiErrorMessage(error);
      const quoted = said ? `: “${said.replace(/[.\s]+$/, '')}”` : '';
      const message = `The API refused the request (HTTP ${status})${quoted}. ${advice}`;
      return { retryable: false, reason: error.type ?? `http_${status}`, message };
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

import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { openaiProvider } from '@/lib/generation/providers/openai';

describe('what broke a round on an OpenAI-compatible endpoint', () => {
  it('tells an unreachable endpoint from an error chunk sent mid-stream (neither has a status)', () => {
    expect(openaiProvider.classifyFailure(new APIConnectionError({ message: 'Connection error.' }))).toEqual({
      retryable: true,
      reason: 'connection_error',
      message: 'The connection to the endpoint broke.',
    });
    const chunk = new APIError(undefined, { message: 'Provider disconnected unexpectedly' }, undefined, new Headers());
    expect(openaiProvider.classifyFailure(chunk)).toEqual({
      retryable: true,
      reason: 'stream_error',
      message: 'The endpoint reported an error mid-stream: “Provider disconnected unexpectedly”.',
    });
  });
});

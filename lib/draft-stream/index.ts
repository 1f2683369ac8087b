// The wire between GET /api/drafts/:id/stream and the browser: the server encodes these events and the
// live page decodes them, both from this one module (no server-only code here).
import type { Draft } from '@/lib/drafts/draft';
import type { ErrorCode } from '@/lib/errors';

/** What a running generation is doing, as the live page shows it. */
export type GenerationPhase =
  | { phase: 'writing' }
  | { phase: 'continuing'; round: number; maxRounds: number }
  | { phase: 'retrying'; attempt: number; maxAttempts: number; reason: string };

export type StreamError = { code: Extract<ErrorCode, 'generation_failed' | 'not_running' | 'not_found'>; message: string };

export type StreamEvent =
  /**
   * `text` starts at character `offset` of the raw text. Normally that is where the text received so far ends; one
   * below it replaces what was received from there: the server that relayed that text died before saving it, and
   * the one that took the generation over wrote on from its last checkpoint, possibly in other words. The first
   * `saved` characters are saved for good: a viewer that reconnects asks for the text from there.
   */
  | { event: 'delta'; data: { text: string; offset: number; saved: number } }
  | { event: 'status'; data: GenerationPhase & { startedAt: number } }
  | { event: 'done'; data: Draft }
  | { event: 'error'; data: StreamError };

export type StreamEventName = StreamEvent['event'];
export type StreamEventData<Name extends StreamEventName> = Extract<StreamEvent, { event: Name }>['data'];

/** The text received so far with a delta placed at its offset. */
export function applyDelta(received: string, delta: StreamEventData<'delta'>): string {
  return received.slice(0, Math.min(delta.offset, received.length)) + delta.text;
}

/** One server-sent event frame. */
export function encodeStreamEvent(event: StreamEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/** The payload of a received event; the server wrote it with encodeStreamEvent. */
export function decodeStreamEvent<Name extends StreamEventName>(_name: Name, data: string): StreamEventData<Name> {
  return JSON.parse(data) as StreamEventData<Name>;
}

'use client';

import { useEffect, useRef, useState } from 'react';
import { applyDelta, decodeStreamEvent, type GenerationPhase, type StreamError } from '@/lib/draft-stream';
import type { Draft } from '@/lib/drafts/draft';
import { type ParsedPost, PostParser } from '@/lib/post-format';

/** The server's phase, or the page's own while it reconnects to the stream. */
export type StreamPhase = { startedAt?: number } & (GenerationPhase | { phase: 'reconnecting' });

export type DraftStreamState = {
  parsed: ParsedPost;
  live: StreamPhase | null;
  finished: Draft | null;
  error: StreamError | null;
};

const RECONNECT_MS = 1500;

/**
 * Follows a draft's text through the stream route: starts from what the page already has, asks only for
 * the rest (`offset`), re-parses incrementally, and renders at most once per animation frame.
 */
export function useDraftStream(draft: Draft, categories: readonly string[]): DraftStreamState {
  const following = draft.status === 'generating';
  const parserRef = useRef<PostParser | null>(null);
  // The text so far, of which the first `savedRef` characters are saved for good: a delta may replace the rest
  // (lib/draft-stream), so a reconnection asks for the text from there.
  const textRef = useRef(draft.raw);
  const savedRef = useRef(draft.raw.length);
  // Read against the list the model was offered, so an added category shows as it arrives.
  const parserFor = useRef((text: string) => {
    const parser = new PostParser({ categories });
    parser.push(text);
    return parser;
  }).current;
  const [state, setState] = useState<DraftStreamState>(() => {
    const parser = parserFor(draft.raw);
    parserRef.current = parser;
    return { parsed: parser.snapshot(), live: following ? { phase: 'writing' } : null, finished: null, error: null };
  });

  useEffect(() => {
    if (!following) return;
    let source: EventSource | null = null;
    let frame = 0;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    let live: StreamPhase = { phase: 'writing' };

    const render = () => {
      frame = 0;
      const parser = parserRef.current;
      if (!parser) return;
      setState((previous) => ({ ...previous, parsed: parser.snapshot(), live }));
    };
    const scheduleRender = () => {
      if (frame === 0) frame = requestAnimationFrame(render);
    };
    const finish = (update: Partial<DraftStreamState>) => {
      closed = true;
      source?.close();
      cancelAnimationFrame(frame);
      const parser = parserRef.current;
      setState((previous) => ({
        ...previous,
        parsed: parser ? parser.finish() : previous.parsed,
        live: null,
        ...update,
      }));
    };
    const connect = () => {
      source = new EventSource(`/api/drafts/${draft.id}/stream?offset=${Math.min(savedRef.current, textRef.current.length)}`);
      source.addEventListener('delta', (event) => {
        const delta = decodeStreamEvent('delta', event.data);
        const received = textRef.current;
        textRef.current = applyDelta(received, delta);
        savedRef.current = delta.saved;
        if (delta.offset < received.length) parserRef.current = parserFor(textRef.current);
        else parserRef.current?.push(delta.text);
        scheduleRender();
      });
      source.addEventListener('status', (event) => {
        live = decodeStreamEvent('status', event.data);
        scheduleRender();
      });
      source.addEventListener('done', (event) => finish({ finished: decodeStreamEvent('done', event.data) }));
      source.addEventListener('error', (event) => {
        if (event instanceof MessageEvent && typeof event.data === 'string') {
          finish({ error: decodeStreamEvent('error', event.data) });
          return;
        }
        // A dropped connection: reconnect ourselves from the current offset (EventSource would replay from the first one).
        source?.close();
        if (closed) return;
        live = { phase: 'reconnecting', startedAt: live.startedAt };
        scheduleRender();
        reconnectTimer = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      closed = true;
      source?.close();
      clearTimeout(reconnectTimer);
      cancelAnimationFrame(frame);
    };
  }, [draft.id, following, parserFor]);

  return state;
}

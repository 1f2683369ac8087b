'use client';

import { useEffect, useRef, useState } from 'react';
import type { Draft } from '@/lib/drafts/draft';
import { type ParsedPost, PostParser } from '@/lib/post-format';

export type StreamPhase = { startedAt?: number } & (
  | { phase: 'writing' }
  | { phase: 'continuing'; round: number; maxRounds: number }
  | { phase: 'retrying'; attempt: number; maxAttempts: number; reason: string }
  | { phase: 'reconnecting' }
);

export type DraftStreamState = {
  raw: string;
  parsed: ParsedPost;
  live: StreamPhase | null;
  finished: Draft | null;
  error: { code: string; message: string } | null;
};

const RECONNECT_MS = 1500;

/**
 * Follows a draft's text through the stream route: starts from what the page already has, asks only for
 * the rest (`offset`), re-parses incrementally, and renders at most once per animation frame.
 */
export function useDraftStream(draft: Draft): DraftStreamState {
  const following = draft.status === 'generating';
  const parserRef = useRef<PostParser | null>(null);
  const rawRef = useRef(draft.raw);
  const [state, setState] = useState<DraftStreamState>(() => {
    const parser = new PostParser();
    parser.push(draft.raw);
    parserRef.current = parser;
    return { raw: draft.raw, parsed: parser.snapshot(), live: following ? { phase: 'writing' } : null, finished: null, error: null };
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
      setState((previous) => ({ ...previous, raw: rawRef.current, parsed: parser.snapshot(), live }));
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
        raw: rawRef.current,
        parsed: parser ? parser.finish() : previous.parsed,
        live: null,
        ...update,
      }));
    };
    const connect = () => {
      source = new EventSource(`/api/drafts/${draft.id}/stream?offset=${rawRef.current.length}`);
      source.addEventListener('delta', (event) => {
        const { text } = JSON.parse(event.data) as { text: string };
        rawRef.current += text;
        parserRef.current?.push(text);
        scheduleRender();
      });
      source.addEventListener('status', (event) => {
        live = JSON.parse(event.data) as StreamPhase;
        scheduleRender();
      });
      source.addEventListener('done', (event) => finish({ finished: JSON.parse(event.data) as Draft }));
      source.addEventListener('error', (event) => {
        if (event instanceof MessageEvent && typeof event.data === 'string') {
          finish({ error: JSON.parse(event.data) as { code: string; message: string } });
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
  }, [draft.id, following]);

  return state;
}

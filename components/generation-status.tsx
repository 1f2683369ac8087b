'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { StreamPhase } from '@/hooks/use-draft-stream';

function phaseLabel(live: StreamPhase): string {
  switch (live.phase) {
    case 'writing':
      return 'Writing';
    case 'continuing':
      return `Continuing (round ${live.round} of ${live.maxRounds})`;
    case 'retrying':
      return `${live.reason} Retrying (${live.attempt} of ${live.maxAttempts})`;
    case 'reconnecting':
      return 'Connection lost, reconnecting…';
  }
}

function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function GenerationStatus({
  live,
  words,
  targetWords,
  onStop,
  stopping,
}: {
  live: StreamPhase;
  words: number;
  /** The length asked for, in words (the lower end of the post's range). */
  targetWords: number;
  onStop: () => void;
  stopping: boolean;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div
      role="status"
      data-testid="generation-status"
      data-phase={live.phase}
      // Sticky: scrolling down the preview never hides that the post is being written, or its Stop button.
      className="sticky top-2 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900 shadow-sm dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
    >
      <span className="relative flex size-2.5" aria-hidden>
        <span className="absolute inline-flex size-full animate-ping rounded-full bg-sky-400 opacity-75" />
        <span className="relative inline-flex size-2.5 rounded-full bg-sky-500" />
      </span>
      <span className="font-medium">{phaseLabel(live)}</span>
      <span className="text-sky-700 dark:text-sky-300">
        {live.startedAt ? `${formatElapsed(now - live.startedAt)} · ` : ''}
        <span data-testid="word-count">{words.toLocaleString('en')}</span> of about {targetWords.toLocaleString('en')} words
      </span>
      <Button size="sm" onClick={onStop} disabled={stopping} className="ml-auto">
        {stopping ? 'Stopping…' : 'Stop'}
      </Button>
    </div>
  );
}

'use client';

import { useEffect, useState } from 'react';
import type { BatchView } from '@/lib/batch/view';
import { getApi } from '@/lib/client/api';

const POLL_MS = 1_500;

/** The batch, refreshed every 1.5 s while any topic is queued or being written. */
export function useBatchPoll(initial: BatchView) {
  const [batch, setBatch] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const active = batch.counts.queued + batch.counts.running > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new batch or failure schedules the next poll.
  useEffect(() => {
    if (!active) return;
    let stale = false;
    const timer = setTimeout(async () => {
      try {
        const next = await getApi<BatchView>(`/api/batches/${batch.id}`);
        if (stale) return;
        setBatch(next);
        setError(null);
      } catch (caught) {
        if (stale) return;
        setError(caught instanceof Error ? caught.message : 'The batch could not be refreshed.');
        setFailures((count) => count + 1);
      }
    }, POLL_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [batch, failures, active]);

  return { batch, setBatch, error };
}

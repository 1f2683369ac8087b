'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useModelPricing } from '@/hooks/use-model-pricing';
import { batchProgress } from '@/lib/batch/progress';
import type { BatchJobView, BatchView } from '@/lib/batch/view';
import { callApi } from '@/lib/client/api';
import { BatchJobRow } from './batch-job-row';
import { BatchProgressBar } from './batch-progress-bar';
import { BatchStats } from './batch-stats';
import { useBatchPoll } from './use-batch-poll';

/** The live batch page: progress, estimate, cost, every topic's status, and the cancel and retry controls. */
/** `controls`: whether this person may cancel or retry the batch (its author, or an editor). */
export function BatchMonitor({ initial, controls }: { initial: BatchView; controls: boolean }) {
  const { batch, setBatch, error: pollError } = useBatchPoll(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const progress = batchProgress(batch, useModelPricing());
  const models = [...new Set(batch.jobs.flatMap((job) => (job.draft?.model ? [job.draft.model] : [])))];

  async function act(path: string, done?: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setBatch(await callApi<BatchView>(`/api/batches/${batch.id}${path}`, { method: 'POST' }));
      if (done) setNotice(done);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const cancelJob = (job: BatchJobView) => act(`/jobs/${job.id}/cancel`);
  const retryJob = (job: BatchJobView) =>
    act(`/jobs/${job.id}/retry`, `“${job.topic}” is queued again${job.draft ? ': it goes on from the text it has' : ''}.`);
  const failed = batch.counts.failed;
  const retryFailed = () =>
    act(
      '/retry-failed',
      `${failed === 1 ? '1 failed topic is' : `${failed} failed topics are`} queued again; each goes on from the text it has.`,
    );
  const message = error ?? pollError;

  return (
    <div className="space-y-6">
      <section className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <BatchProgressBar counts={batch.counts} />
        <BatchStats progress={progress} models={models} />
        <div className="flex flex-wrap items-center gap-2">
          {controls && progress.active && (
            <Button disabled={busy} onClick={() => act('/cancel')}>
              Cancel all
            </Button>
          )}
          {controls && batch.counts.failed > 0 && (
            <Button disabled={busy} onClick={retryFailed}>
              Retry failed ({batch.counts.failed})
            </Button>
          )}
          <p className="text-xs text-stone-500 dark:text-stone-400">
            {progress.active
              ? `Writing ${batch.concurrency} at a time. You can close this page: the batch goes on in the background.`
              : 'Tokens are counted as each post finishes.'}
          </p>
        </div>
        {message && (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
            {message}
          </p>
        )}
        <p role="status" data-testid="batch-notice" className="text-sm text-stone-600 empty:hidden dark:text-stone-300">
          {notice}
        </p>
      </section>
      <ol
        aria-label="Topics"
        className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900"
      >
        {batch.jobs.map((job) => (
          <BatchJobRow key={job.id} job={job} onCancel={cancelJob} onRetry={retryJob} busy={busy} controls={controls} />
        ))}
      </ol>
    </div>
  );
}

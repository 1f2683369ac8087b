import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { BatchJobView } from '@/lib/batch/view';
import { JobStatusBadge } from './job-status-badge';

const time = new Intl.DateTimeFormat('en', { timeStyle: 'medium' });

function note(job: BatchJobView): string | null {
  if (job.status === 'queued' && job.attempts > 0) {
    return `Waiting to try again at ${time.format(new Date(job.nextAttemptAt))} (attempt ${job.attempts + 1}). ${job.lastError ?? ''}`;
  }
  if (job.status === 'failed' || job.status === 'cancelled') {
    // The time tells a person a retry ran, even when it failed again for the same reason.
    const when = job.finishedAt ? ` at ${time.format(new Date(job.finishedAt))}` : '';
    const what = job.status === 'failed' ? `Failed${when}.` : `Cancelled${when}.`;
    return job.lastError ? `${what} ${job.lastError}` : what;
  }
  return null;
}

const canTryAgain = (job: BatchJobView) => job.status === 'failed' || job.status === 'cancelled';

/** `controls`: whether this person may cancel or retry (the batch's author, or an editor); the server checks it too. */
type RowActions = { onCancel: (job: BatchJobView) => void; onRetry: (job: BatchJobView) => void; busy: boolean; controls: boolean };

export function BatchJobRow({ job, onCancel, onRetry, busy, controls }: { job: BatchJobView } & RowActions) {
  const label = job.draft?.title || job.topic;
  const detail = note(job);
  // With a draft it goes on from the text it has (the draft's message says "press Resume"); without, it starts over.
  const retryLabel = job.draft ? 'Resume' : 'Retry';
  return (
    <li data-testid="batch-job" data-status={job.status} className="flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3">
      <span className="w-8 shrink-0 pt-0.5 text-right text-xs tabular-nums text-stone-400">{job.position}</span>
      {/* On a phone the words and the actions wrap under the title instead of squeezing it to nothing. */}
      <div className="min-w-0 flex-1 basis-56">
        {job.draft ? (
          <Link
            href={`/drafts/${job.draft.id}`}
            title={label}
            className="block truncate font-medium hover:text-amber-700 hover:underline dark:hover:text-amber-400"
          >
            {label}
          </Link>
        ) : (
          <p title={label} className="truncate font-medium text-stone-700 dark:text-stone-300">
            {label}
          </p>
        )}
        {job.draft?.title && <p className="truncate text-xs text-stone-500 dark:text-stone-400">{job.topic}</p>}
        {detail && (
          <p
            className={`mt-1 text-xs ${job.status === 'failed' ? 'text-rose-700 dark:text-rose-400' : 'text-stone-500 dark:text-stone-400'}`}
          >
            {detail}
          </p>
        )}
      </div>
      <span
        className="shrink-0 pt-0.5 pl-12 text-xs tabular-nums text-stone-500 sm:w-24 sm:pl-0 sm:text-right dark:text-stone-400"
        data-testid="job-words"
      >
        {job.draft ? `${job.draft.wordCount.toLocaleString('en')} words` : '—'}
      </span>
      <div className="ml-auto flex shrink-0 items-center justify-end gap-2 sm:w-48">
        <JobStatusBadge status={job.status} />
        {controls && canTryAgain(job) && (
          <Button size="sm" disabled={busy} onClick={() => onRetry(job)} aria-label={`${retryLabel} “${job.topic}”`}>
            {retryLabel}
          </Button>
        )}
        {controls && (job.status === 'queued' || job.status === 'running') && (
          <Button variant="ghost" size="icon" disabled={busy} onClick={() => onCancel(job)} aria-label={`Cancel “${job.topic}”`}>
            <span aria-hidden="true">×</span>
          </Button>
        )}
      </div>
    </li>
  );
}

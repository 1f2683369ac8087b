import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { BatchJobView } from '@/lib/batch/view';
import { StatusBadge } from '../status-badge';
import { JobStatusBadge } from './job-status-badge';

const time = new Intl.DateTimeFormat('en', { timeStyle: 'medium' });

function note(job: BatchJobView): string | null {
  if (job.status === 'queued' && job.attempts > 0) {
    return `Waiting to try again at ${time.format(new Date(job.nextAttemptAt))} (attempt ${job.attempts + 1}). ${job.lastError ?? ''}`;
  }
  if (job.status === 'failed' || job.status === 'cancelled') return job.lastError;
  return null;
}

export function BatchJobRow({ job, onCancel, busy }: { job: BatchJobView; onCancel: (job: BatchJobView) => void; busy: boolean }) {
  const label = job.draft?.title || job.topic;
  const detail = note(job);
  return (
    <li data-testid="batch-job" data-status={job.status} className="flex items-start gap-4 px-4 py-3">
      <span className="w-8 shrink-0 pt-0.5 text-right text-xs tabular-nums text-stone-400">{job.position}</span>
      <div className="min-w-0 flex-1">
        {job.draft ? (
          <Link
            href={`/drafts/${job.draft.id}`}
            className="block truncate font-medium hover:text-amber-700 hover:underline dark:hover:text-amber-400"
          >
            {label}
          </Link>
        ) : (
          <p className="truncate font-medium text-stone-700 dark:text-stone-300">{label}</p>
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
      <span className="w-24 shrink-0 pt-0.5 text-right text-xs tabular-nums text-stone-500 dark:text-stone-400" data-testid="job-words">
        {job.draft ? `${job.draft.wordCount.toLocaleString('en')} words` : '—'}
      </span>
      <div className="flex w-48 shrink-0 items-center justify-end gap-2">
        {job.draft && (job.status === 'failed' || job.status === 'cancelled') && <StatusBadge status={job.draft.status} />}
        <JobStatusBadge status={job.status} />
        {(job.status === 'queued' || job.status === 'running') && (
          <Button variant="ghost" size="icon" disabled={busy} onClick={() => onCancel(job)} aria-label={`Cancel “${job.topic}”`}>
            <span aria-hidden="true">×</span>
          </Button>
        )}
      </div>
    </li>
  );
}

import type { JobStatus } from '@/lib/batch/schemas';
import type { JobCounts } from '@/lib/batch/view';
import { JOB_STATUS_STYLES } from './styles';

const ORDER: JobStatus[] = ['done', 'running', 'failed', 'cancelled', 'queued'];

/** One bar split by status: done, writing, failed, cancelled, then what is still queued. */
export function BatchProgressBar({ counts, compact = false }: { counts: JobCounts; compact?: boolean }) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <div>
      <div
        role="progressbar"
        aria-label="Topics done"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={counts.done}
        aria-valuetext={`${counts.done} of ${total} done`}
        data-testid="batch-progress"
        className={`flex w-full overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800 ${compact ? 'h-1.5' : 'h-3'}`}
      >
        {ORDER.map((status) =>
          counts[status] > 0 && status !== 'queued' ? (
            <div
              key={status}
              className={`${JOB_STATUS_STYLES[status].bar} transition-[width] duration-500`}
              style={{ width: `${(counts[status] / Math.max(1, total)) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      {!compact && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-400" data-testid="batch-counts">
          <li className="font-semibold text-stone-800 dark:text-stone-200">
            {counts.done} / {total} done
          </li>
          {ORDER.filter((status) => status !== 'done').map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <span className={`inline-block size-2 rounded-full ${JOB_STATUS_STYLES[status].bar}`} aria-hidden="true" />
              {counts[status]} {JOB_STATUS_STYLES[status].label.toLowerCase()}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import Link from 'next/link';
import type { BatchSummary } from '@/lib/batch/view';
import { BatchProgressBar } from './batch-progress-bar';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function BatchList({ batches }: { batches: BatchSummary[] }) {
  if (batches.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 px-4 py-8 text-center text-sm text-stone-500 dark:border-stone-700 dark:text-stone-400">
        No batches yet. Paste a few topics to write them one after another.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {batches.map((batch) => (
        <li key={batch.id} data-testid="batch-row">
          <Link href={`/batches/${batch.id}`} className="block space-y-2 px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/60">
            <div className="flex items-baseline justify-between gap-3">
              <p className="truncate font-medium">{batch.name}</p>
              <p className="shrink-0 text-xs tabular-nums text-stone-500 dark:text-stone-400">
                {batch.counts.done} / {batch.total}
              </p>
            </div>
            <BatchProgressBar counts={batch.counts} compact />
            <p className="text-xs text-stone-500 dark:text-stone-400">{dateFormat.format(new Date(batch.createdAt))} UTC</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}

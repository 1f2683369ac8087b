import type { DraftStatus } from '@/lib/drafts/draft';

const STYLES: Record<DraftStatus, string> = {
  generating: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
  interrupted: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200',
  draft: 'bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-200',
  review: 'bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200',
  approved: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
};

const LABELS: Record<DraftStatus, string> = {
  generating: 'Writing',
  interrupted: 'Interrupted',
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
};

export function StatusBadge({ status }: { status: DraftStatus }) {
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}
    >
      {LABELS[status]}
    </span>
  );
}

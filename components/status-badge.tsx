import type { DraftStatus, Interruption } from '@/lib/drafts/draft';

const STYLES: Record<DraftStatus, string> = {
  generating: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
  interrupted: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200',
  draft: 'bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-200',
  review: 'bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200',
  approved: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
};

export const STATUS_LABELS: Record<DraftStatus, string> = {
  generating: 'Writing',
  interrupted: 'Interrupted',
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
};

// A person's own Stop is not a failure: it gets a calm look of its own, failures keep the alarm colours.
const STOPPED_STYLE = 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100';

export function StatusBadge({ status, interruption = null }: { status: DraftStatus; interruption?: Interruption | null }) {
  const stopped = status === 'interrupted' && interruption === 'stopped';
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      data-interruption={status === 'interrupted' ? (interruption ?? undefined) : undefined}
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${stopped ? STOPPED_STYLE : STYLES[status]}`}
    >
      {stopped ? 'Stopped' : STATUS_LABELS[status]}
    </span>
  );
}

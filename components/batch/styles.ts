export const inputClass =
  'w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-amber-500 focus:ring-2 focus:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900';

export const primaryButtonClass =
  'rounded-lg bg-amber-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-amber-700 focus:outline-none focus:ring-2 focus:ring-amber-500/50 disabled:cursor-not-allowed disabled:opacity-50';

export const secondaryButtonClass =
  'rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-700 shadow-sm hover:bg-stone-50 focus:outline-none focus:ring-2 focus:ring-amber-500/40 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800';

export const JOB_STATUS_STYLES = {
  done: { bar: 'bg-emerald-500', badge: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200', label: 'Done' },
  running: { bar: 'bg-sky-500', badge: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200', label: 'Writing' },
  queued: {
    bar: 'bg-stone-300 dark:bg-stone-600',
    badge: 'bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300',
    label: 'Queued',
  },
  failed: { bar: 'bg-rose-500', badge: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200', label: 'Failed' },
  cancelled: {
    bar: 'bg-stone-400 dark:bg-stone-500',
    badge: 'bg-stone-100 text-stone-500 dark:bg-stone-900 dark:text-stone-400',
    label: 'Cancelled',
  },
} as const;

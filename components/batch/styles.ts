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

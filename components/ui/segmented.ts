// A row of mutually exclusive choices (view mode, workflow status); the component owns the semantics
// (radio group or pressed buttons), these classes the look.
export const segmentedGroupClass =
  'inline-flex rounded-lg border border-stone-300 bg-stone-100 p-0.5 dark:border-stone-700 dark:bg-stone-800';

const SIZES = { sm: 'px-2.5 py-1 text-xs', md: 'px-3 py-1 text-sm' } as const;

export function segmentClass(selected: boolean, size: keyof typeof SIZES = 'md'): string {
  return `rounded-md font-medium outline-none transition-colors focus-visible:ring-2 focus-visible:ring-amber-500 disabled:cursor-not-allowed disabled:opacity-50 ${SIZES[size]} ${
    selected
      ? 'bg-white text-stone-900 shadow-sm dark:bg-stone-950 dark:text-stone-50'
      : 'text-stone-600 hover:text-stone-900 dark:text-stone-300 dark:hover:text-white'
  }`;
}

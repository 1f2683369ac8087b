// Shared looks of form controls, so every form in the app reads the same.
export const inputClass =
  'w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-amber-500 focus:ring-2 focus:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900';

// A field shown before the page is interactive (read-only until hydration): it looks inactive, briefly.
export const notYetEditable = 'read-only:cursor-progress read-only:bg-stone-100 dark:read-only:bg-stone-800';

export const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-1 dark:focus-visible:ring-offset-stone-900';

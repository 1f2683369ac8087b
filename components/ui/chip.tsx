import type { ReactNode } from 'react';
import { focusRing } from './form-styles';

const TONES = {
  accent: {
    chip: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
    remove: 'text-amber-700 hover:bg-amber-200 hover:text-amber-950 dark:text-amber-300 dark:hover:bg-amber-900 dark:hover:text-white',
  },
  neutral: {
    chip: 'bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-100',
    remove: 'text-stone-500 hover:bg-stone-300 hover:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-700 dark:hover:text-white',
  },
  danger: {
    chip: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200',
    remove: 'text-rose-600 hover:bg-rose-200 hover:text-rose-950 dark:text-rose-300 dark:hover:bg-rose-900 dark:hover:text-white',
  },
} as const;

export type ChipTone = keyof typeof TONES;

/** The padding of a chip's text, whether it is plain text or a button. */
export const chipLabelClass = 'truncate rounded-full py-0.5 pr-1 pl-2.5';

type ChipProps = { tone: ChipTone; title?: string; className?: string; children: ReactNode };

/** One chosen value in a list of them (`<ul>`): its label, then usually a remove button. */
export function Chip({ tone, title, className, children }: ChipProps) {
  return (
    <li
      title={title}
      className={`inline-flex max-w-full items-center rounded-full text-xs font-medium ${TONES[tone].chip}${className ? ` ${className}` : ''}`}
    >
      {children}
    </li>
  );
}

export function ChipRemoveButton({ tone, label, onClick }: { tone: ChipTone; label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      aria-label={label}
      onClick={onClick}
      className={`mr-0.5 flex size-5 shrink-0 items-center justify-center rounded-full ${TONES[tone].remove} ${focusRing}`}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}

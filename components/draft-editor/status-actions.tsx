'use client';

import type { DraftStatus } from '@/lib/drafts/draft';

type EditableStatus = Extract<DraftStatus, 'draft' | 'review' | 'approved'>;

const STEPS: { status: EditableStatus; label: string }[] = [
  { status: 'draft', label: 'Draft' },
  { status: 'review', label: 'Review' },
  { status: 'approved', label: 'Approved' },
];

/** The workflow draft → review → approved (and back) as one segmented control. */
export function StatusActions({
  status,
  onChange,
  busy,
}: {
  status: DraftStatus;
  onChange: (status: EditableStatus) => void;
  busy: boolean;
}) {
  return (
    <fieldset className="inline-flex overflow-hidden rounded-lg border border-stone-300 dark:border-stone-700" disabled={busy}>
      <legend className="sr-only">Status</legend>
      {STEPS.map((step) => {
        const current = step.status === status;
        return (
          <button
            key={step.status}
            type="button"
            aria-pressed={current}
            onClick={() => !current && onChange(step.status)}
            className={`px-3 py-1.5 text-xs font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-500 ${
              current
                ? 'bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900'
                : 'bg-white text-stone-700 hover:bg-stone-100 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800'
            }`}
          >
            {step.status === 'approved' && !current ? 'Approve' : step.label}
          </button>
        );
      })}
    </fieldset>
  );
}

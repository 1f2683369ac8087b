'use client';

import { segmentClass, segmentedGroupClass } from '@/components/ui/segmented';
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
  canApprove,
}: {
  status: DraftStatus;
  onChange: (status: EditableStatus) => void;
  busy: boolean;
  /** A writer sends to review; approving is an editor's (the server refuses it too). */
  canApprove: boolean;
}) {
  return (
    <fieldset className={segmentedGroupClass} disabled={busy}>
      <legend className="sr-only">Status</legend>
      {STEPS.filter((step) => canApprove || step.status !== 'approved').map((step) => {
        const current = step.status === status;
        return (
          <button
            key={step.status}
            type="button"
            aria-pressed={current}
            onClick={() => !current && onChange(step.status)}
            className={segmentClass(current, 'sm')}
          >
            {step.status === 'approved' && !current ? 'Approve' : step.label}
          </button>
        );
      })}
    </fieldset>
  );
}

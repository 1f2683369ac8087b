'use client';

import { useDraftSelection } from '@/hooks/use-draft-selection';

export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const { ready, isSelected, toggle } = useDraftSelection();
  return (
    <input
      type="checkbox"
      disabled={!ready}
      aria-label={`Select “${label}”`}
      checked={isSelected(id)}
      onChange={(event) => toggle(id, event.target.checked)}
      className="size-4 cursor-pointer rounded disabled:cursor-wait accent-amber-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
    />
  );
}

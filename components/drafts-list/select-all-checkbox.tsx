'use client';

import { useEffect, useRef } from 'react';
import { useDraftSelection } from '@/hooks/use-draft-selection';

export function SelectAllCheckbox() {
  const { ready, selected, pageIds, setAll } = useDraftSelection();
  const ref = useRef<HTMLInputElement>(null);
  const all = pageIds.length > 0 && selected.length === pageIds.length;
  const some = selected.length > 0 && !all;

  // `indeterminate` exists only as a DOM property, never as an attribute.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);

  return (
    <input
      ref={ref}
      type="checkbox"
      disabled={!ready}
      aria-label="Select all drafts on this page"
      checked={all}
      onChange={(event) => setAll(event.target.checked)}
      className="size-4 cursor-pointer rounded disabled:cursor-wait accent-amber-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
    />
  );
}

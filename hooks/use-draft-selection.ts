import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useHydrated } from './use-hydrated';

export type DraftSelection = {
  /** False until hydrated: a checkbox ticked before React owns it would be forgotten. */
  ready: boolean;
  /** Selected ids in page order; ids no longer on the page (deleted, filtered out) drop out by themselves. */
  selected: string[];
  pageIds: readonly string[];
  isSelected: (id: string) => boolean;
  toggle: (id: string, checked: boolean) => void;
  setAll: (checked: boolean) => void;
  keepOnly: (ids: readonly string[]) => void;
};

/** Selection state for one page of drafts. */
export function useDraftSelectionState(pageIds: readonly string[]): DraftSelection {
  const ready = useHydrated();
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const selected = useMemo(() => pageIds.filter((id) => picked.has(id)), [pageIds, picked]);

  const toggle = useCallback((id: string, checked: boolean) => {
    setPicked((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const setAll = useCallback((checked: boolean) => setPicked(checked ? new Set(pageIds) : new Set()), [pageIds]);
  const keepOnly = useCallback((ids: readonly string[]) => setPicked(new Set(ids)), []);
  const isSelected = useCallback((id: string) => picked.has(id), [picked]);

  return useMemo(
    () => ({ ready, selected, pageIds, isSelected, toggle, setAll, keepOnly }),
    [ready, selected, pageIds, isSelected, toggle, setAll, keepOnly],
  );
}

export const DraftSelectionContext = createContext<DraftSelection | null>(null);

export function useDraftSelection(): DraftSelection {
  const selection = useContext(DraftSelectionContext);
  if (!selection) throw new Error('useDraftSelection needs a SelectionProvider around it.');
  return selection;
}

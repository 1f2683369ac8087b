'use client';

import type { ReactNode } from 'react';
import { DraftSelectionContext, useDraftSelectionState } from '@/hooks/use-draft-selection';

export function SelectionProvider({ pageIds, children }: { pageIds: string[]; children: ReactNode }) {
  const selection = useDraftSelectionState(pageIds);
  return <DraftSelectionContext value={selection}>{children}</DraftSelectionContext>;
}

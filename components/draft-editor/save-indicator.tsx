import type { SaveState } from '@/hooks/use-autosave';

const LABELS: Record<SaveState['kind'], string> = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  offline: 'Offline: will save when the connection is back',
  logged_out: 'Not saved: logged out',
  error: 'Not saved',
  conflict: 'Not saved: changed elsewhere',
};

const TONES: Record<SaveState['kind'], string> = {
  saved: 'text-emerald-700 dark:text-emerald-400',
  unsaved: 'text-stone-500 dark:text-stone-400',
  saving: 'text-stone-500 dark:text-stone-400',
  offline: 'text-amber-700 dark:text-amber-400',
  logged_out: 'text-rose-700 dark:text-rose-400',
  error: 'text-rose-700 dark:text-rose-400',
  conflict: 'text-rose-700 dark:text-rose-400',
};

export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <span role="status" aria-live="polite" data-testid="save-state" data-state={state.kind} className={`text-xs ${TONES[state.kind]}`}>
      {LABELS[state.kind]}
      {state.kind === 'error' ? `: ${state.message}` : ''}
    </span>
  );
}

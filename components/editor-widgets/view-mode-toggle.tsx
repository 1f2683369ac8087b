'use client';

import { type KeyboardEvent, useRef } from 'react';
import { segmentClass, segmentedGroupClass } from '@/components/ui/segmented';

export type EditorViewMode = 'edit' | 'split' | 'preview';

type ViewModeToggleProps = {
  value: EditorViewMode;
  onChange: (mode: EditorViewMode) => void;
};

const MODES: readonly { mode: EditorViewMode; label: string }[] = [
  { mode: 'edit', label: 'Edit' },
  { mode: 'split', label: 'Split' },
  { mode: 'preview', label: 'Preview' },
];

const STEPS: Partial<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function ViewModeToggle({ value, onChange }: ViewModeToggleProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = STEPS[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (index + step + MODES.length) % MODES.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = MODES.length - 1;
    const target = next === undefined ? undefined : MODES[next];
    if (next === undefined || target === undefined) return;
    event.preventDefault();
    onChange(target.mode);
    buttons.current[next]?.focus();
  }

  return (
    <div role="radiogroup" aria-label="View mode" data-testid="view-mode-toggle" className={segmentedGroupClass}>
      {MODES.map(({ mode, label }, index) => {
        const checked = mode === value;
        return (
          // biome-ignore lint/a11y/useSemanticElements: a segmented control; native radios cannot be styled as buttons without hiding them.
          <button
            key={mode}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            onClick={() => onChange(mode)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={segmentClass(checked)}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}

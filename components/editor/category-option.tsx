'use client';

type CategoryOptionProps = {
  id: string;
  category: string;
  checked: boolean;
  active: boolean;
  onToggle: () => void;
};

export function CategoryOption({ id, category, checked, active, onToggle }: CategoryOptionProps) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (arrows, Space, Enter); this is for the mouse.
    <div
      id={id}
      role="option"
      aria-selected={checked}
      tabIndex={-1}
      data-active={active || undefined}
      // Keeps focus in the search input, which owns the keyboard.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onToggle}
      className={`flex cursor-pointer items-center gap-2 px-3 py-1.5 ${
        active ? 'bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50' : 'hover:bg-stone-100 dark:hover:bg-stone-800'
      }`}
    >
      <span
        aria-hidden="true"
        className={`flex size-4 shrink-0 items-center justify-center rounded border text-[10px] leading-none ${
          checked ? 'border-amber-600 bg-amber-600 text-white' : 'border-stone-400 bg-white dark:border-stone-500 dark:bg-stone-900'
        }`}
      >
        {checked ? '✓' : ''}
      </span>
      <span>{category}</span>
    </div>
  );
}

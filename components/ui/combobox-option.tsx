type ComboboxOptionProps = {
  id: string;
  label: string;
  active: boolean;
  selected: boolean;
  /** A multi-select list shows whether each option is chosen. */
  checkbox: boolean;
  onPick: () => void;
};

export function ComboboxOption({ id, label, active, selected, checkbox, onPick }: ComboboxOptionProps) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (arrows, Enter, Space); this is for the mouse.
    <div
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      data-active={active || undefined}
      // Keeps focus in the input, which owns the keyboard.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
      className={`flex cursor-pointer items-center gap-2 px-3 py-1.5 ${
        active ? 'bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50' : 'hover:bg-stone-100 dark:hover:bg-stone-800'
      }`}
    >
      {checkbox && (
        <span
          aria-hidden="true"
          className={`flex size-4 shrink-0 items-center justify-center rounded border text-[10px] leading-none ${
            selected ? 'border-amber-600 bg-amber-600 text-white' : 'border-stone-400 bg-white dark:border-stone-500 dark:bg-stone-900'
          }`}
        >
          {selected ? '✓' : ''}
        </span>
      )}
      <span>{label}</span>
    </div>
  );
}

'use client';

import { Fragment, type KeyboardEvent, type ReactNode, type Ref, useEffect, useId, useState } from 'react';
import { useHydrated } from '@/hooks/use-hydrated';
import { ComboboxOption } from './combobox-option';

type ComboboxProps = {
  label: string;
  /** Beside the label, e.g. how many of a limit are used. */
  labelAside?: ReactNode;
  listLabel: string;
  /** The chosen values, shown as chips before the input. */
  value: readonly string[];
  renderChip: (item: string, index: number) => ReactNode;
  /** The options for the current query, already filtered. */
  options: readonly string[];
  query: string;
  onQueryChange: (query: string) => void;
  onPick: (option: string) => void;
  /** Free text: Enter with no option highlighted hands over what was typed. Without it, Enter picks a lone match. */
  onSubmitText?: (text: string) => void;
  onRemoveLast: () => void;
  /** Options show a check box, Space toggles the highlighted one, and the list stays open after a pick. */
  multiple?: boolean;
  /** Shown in place of the list when nothing matches; without it the list just stays closed. */
  noMatches?: ReactNode;
  hint: string;
  announcement: string;
  placeholder: string;
  maxLength?: number;
  /** Prefix of the element ids (`${id}-hint`, `${id}-option-0`, …), for chips that refer to them. */
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
};

/** A text input that filters a listbox of options (WAI-ARIA combobox pattern) above a row of chosen chips. */
export function Combobox({
  label,
  labelAside,
  listLabel,
  value,
  renderChip,
  options,
  query,
  onQueryChange,
  onPick,
  onSubmitText,
  onRemoveLast,
  multiple = false,
  noMatches,
  hint,
  announcement,
  placeholder,
  maxLength,
  id: givenId,
  inputRef,
}: ComboboxProps) {
  const ownId = useId();
  const hydrated = useHydrated();
  const id = givenId ?? ownId;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listOpen = open && options.length > 0;
  const expanded = listOpen || (open && noMatches !== undefined);
  const activeOption = listOpen ? options[active] : undefined;
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function pick(option: string) {
    onPick(option);
    if (!multiple) close();
  }

  function move(step: 1 | -1) {
    setOpen(true);
    if (options.length === 0) return;
    setActive((current) => (current === -1 && step === -1 ? options.length - 1 : (current + step + options.length) % options.length));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeOption !== undefined) pick(activeOption);
      else if (onSubmitText === undefined) {
        const [only, ...others] = options;
        if (only !== undefined && others.length === 0) pick(only);
        else move(1);
      } else if (query.trim() !== '') {
        onSubmitText(query);
        close();
      }
    } else if (event.key === ' ' && multiple && activeOption !== undefined) {
      // Space types a space while searching ("Data Science") and toggles once an option is highlighted.
      event.preventDefault();
      pick(activeOption);
    } else if (event.key === 'Escape' && (expanded || query !== '')) {
      // The first Escape closes the list, the next clears the text; only then may an enclosing dialog close.
      event.preventDefault();
      event.stopPropagation();
      if (expanded) close();
      else onQueryChange('');
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      event.preventDefault();
      onRemoveLast();
    }
  }

  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <label htmlFor={`${id}-input`} className="block text-sm font-medium">
          {label}
        </label>
        {labelAside}
      </div>
      <div className="relative">
        <div className="flex flex-wrap items-center gap-1.5 rounded-lg border border-stone-300 bg-white px-2 py-1.5 shadow-sm focus-within:border-amber-500 focus-within:ring-2 focus-within:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900">
          {value.length > 0 && (
            <ul aria-label={`${label}, ${value.length} chosen`} className="contents">
              {value.map((item, index) => (
                <Fragment key={`${index}:${item}`}>{renderChip(item, index)}</Fragment>
              ))}
            </ul>
          )}
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeOption !== undefined ? optionId(active) : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            // Typed before hydration, the text would be dropped when React takes the input over.
            readOnly={hydrated ? undefined : true}
            maxLength={maxLength}
            value={query}
            placeholder={placeholder}
            onChange={(event) => {
              onQueryChange(event.target.value);
              setActive(-1);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            onBlur={close}
            className="min-w-32 flex-1 bg-transparent px-1 py-0.5 text-sm outline-none placeholder:text-stone-400 dark:placeholder:text-stone-500"
          />
        </div>
        <div
          id={listId}
          role="listbox"
          aria-label={listLabel}
          aria-multiselectable={multiple || undefined}
          hidden={!listOpen}
          className="absolute top-full right-0 left-0 z-20 mt-1 max-h-64 overflow-auto rounded-lg border border-stone-200 bg-white py-1 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          {listOpen &&
            options.map((option, index) => (
              <ComboboxOption
                key={option}
                id={optionId(index)}
                label={option}
                active={index === active}
                selected={multiple ? value.includes(option) : index === active}
                checkbox={multiple}
                onPick={() => pick(option)}
              />
            ))}
        </div>
        {open && options.length === 0 && noMatches !== undefined && (
          <p
            role="status"
            className="absolute top-full right-0 left-0 z-20 mt-1 rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm text-stone-600 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-300"
          >
            {noMatches}
          </p>
        )}
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500 dark:text-stone-400">
        {hint}
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

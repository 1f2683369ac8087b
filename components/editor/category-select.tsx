'use client';

import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { CATEGORIES } from '@/lib/post-format/categories';
import { CategoryOption } from './category-option';

type CategorySelectProps = {
  value: string[];
  onChange: (categories: string[]) => void;
  label?: string;
};

const KNOWN = new Set<string>(CATEGORIES);
const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-1 dark:focus-visible:ring-offset-stone-900';

export function CategorySelect({ value, onChange, label = 'Categories' }: CategorySelectProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const options = useMemo(() => {
    const wanted = query.trim().toLocaleLowerCase();
    return CATEGORIES.filter((category) => category.toLocaleLowerCase().includes(wanted));
  }, [query]);
  const activeOption = open ? options[active] : undefined;
  const listId = `${id}-listbox`;

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`#${CSS.escape(`${id}-option-${active}`)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  function toggle(category: string) {
    if (value.includes(category)) {
      onChange(value.filter((chosen) => chosen !== category));
      setAnnouncement(`Removed ${category}.`);
    } else {
      onChange([...value, category]);
      setAnnouncement(`Added ${category}.`);
    }
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
    } else if (event.key === 'Enter' || (event.key === ' ' && activeOption !== undefined)) {
      // Space types a space while searching ("Data Science") and toggles once an option is highlighted.
      event.preventDefault();
      if (activeOption !== undefined) toggle(activeOption);
      else if (options.length === 1 && options[0] !== undefined) toggle(options[0]);
      else move(1);
    } else if (event.key === 'Escape' && (open || query !== '')) {
      event.preventDefault();
      event.stopPropagation();
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      const last = value[value.length - 1];
      if (last !== undefined) toggle(last);
    }
  }

  return (
    <div data-testid="category-select">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <div className="relative">
        <div className="flex flex-wrap items-center gap-1.5 rounded-lg border border-stone-300 bg-white px-2 py-1.5 shadow-sm focus-within:border-amber-500 focus-within:ring-2 focus-within:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900">
          {value.length > 0 && (
            <ul aria-label={`${label}, ${value.length} chosen`} className="contents">
              {value.map((category) => (
                <li
                  key={category}
                  title={KNOWN.has(category) ? undefined : 'Not in the category list'}
                  className={`inline-flex max-w-full items-center rounded-full py-0.5 pr-0.5 pl-2.5 text-xs font-medium ${
                    KNOWN.has(category)
                      ? 'bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-100'
                      : 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200'
                  }`}
                >
                  <span className="truncate">{category}</span>
                  <button
                    type="button"
                    aria-label={`Remove category ${category}`}
                    onClick={() => {
                      toggle(category);
                      inputRef.current?.focus();
                    }}
                    className={`ml-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-stone-500 hover:bg-stone-300 hover:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-700 dark:hover:text-white ${focusRing}`}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeOption !== undefined ? `${id}-option-${active}` : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            value={query}
            placeholder={value.length === 0 ? 'Search categories…' : 'Add another…'}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(-1);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
            className="min-w-32 flex-1 bg-transparent px-1 py-0.5 text-sm outline-none placeholder:text-stone-400 dark:placeholder:text-stone-500"
          />
        </div>
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-multiselectable="true"
          aria-label={label}
          hidden={!open || options.length === 0}
          className="absolute top-full right-0 left-0 z-20 mt-1 max-h-64 overflow-auto rounded-lg border border-stone-200 bg-white py-1 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          {open &&
            options.map((category, index) => (
              <CategoryOption
                key={category}
                id={`${id}-option-${index}`}
                category={category}
                checked={value.includes(category)}
                active={index === active}
                onToggle={() => toggle(category)}
              />
            ))}
        </div>
        {open && options.length === 0 && (
          <p
            role="status"
            className="absolute top-full right-0 left-0 z-20 mt-1 rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm text-stone-600 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-300"
          >
            No category matches “{query.trim()}”. Only the fixed list can be used.
          </p>
        )}
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500 dark:text-stone-400">
        Type to search, arrows to move, Space or Enter to toggle, Esc to close.
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

'use client';

import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { TagChip } from './tag-chip';
import { addTags, filterSuggestions, hasTag, renameTag, TAG_MAX_LENGTH } from './tag-list';

type TagsInputProps = {
  value: string[];
  onChange: (tags: string[]) => void;
  suggestions: string[];
  label?: string;
  maxTags?: number;
};

type FocusTarget = { chip: number } | 'input' | null;

export function TagsInput({ value, onChange, suggestions, label = 'Tags', maxTags }: TagsInputProps) {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [editing, setEditing] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);

  const matches = useMemo(() => filterSuggestions(suggestions, text, value), [suggestions, text, value]);
  const full = maxTags !== undefined && value.length >= maxTags;
  const listOpen = open && matches.length > 0 && !full;
  const activeMatch = listOpen ? matches[active] : undefined;
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;

  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'input') inputRef.current?.focus();
    else rootRef.current?.querySelector<HTMLElement>(`[data-chip-index="${focusTarget.chip}"]`)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function add(candidates: string[]) {
    const next = addTags(value, candidates, maxTags);
    const added = next.slice(value.length);
    if (added.length > 0) {
      onChange(next);
      setAnnouncement(`Added ${added.join(', ')}.`);
    } else if (full && candidates.some((candidate) => candidate.trim() !== '')) {
      setAnnouncement(`At most ${maxTags} tags: remove one first.`);
    } else if (candidates.some((candidate) => candidate.trim() !== '' && hasTag(value, candidate))) {
      setAnnouncement(`Already tagged ${candidates.join(', ').trim()}.`);
    }
    setText('');
    setActive(-1);
    setOpen(false);
  }

  function remove(index: number) {
    const tag = value[index];
    if (tag === undefined) return;
    onChange(value.filter((_, position) => position !== index));
    setAnnouncement(`Removed ${tag}.`);
  }

  function rename(index: number, name: string) {
    const next = renameTag(value, index, name);
    setEditing(null);
    if (next.length < value.length) {
      setFocusTarget('input');
      setAnnouncement(`Merged into ${name.trim()}.`);
    } else {
      setFocusTarget({ chip: index });
      if (next[index] !== value[index]) setAnnouncement(`Renamed to ${next[index]}.`);
    }
    if (next.some((tag, position) => tag !== value[position]) || next.length !== value.length) onChange(next);
  }

  function move(step: 1 | -1) {
    setOpen(true);
    if (matches.length === 0) return;
    setActive((current) => (current + step + matches.length + (current === -1 && step === -1 ? 1 : 0)) % matches.length);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (activeMatch !== undefined) add([activeMatch]);
      else if (text.trim() !== '') add([text]);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape' && listOpen) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      event.preventDefault();
      remove(value.length - 1);
    }
  }

  return (
    <div ref={rootRef} data-testid="tags-input">
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <label htmlFor={`${id}-input`} className="block text-sm font-medium">
          {label}
        </label>
        {maxTags !== undefined && (
          <span className={`text-xs tabular-nums ${full ? 'text-amber-700 dark:text-amber-400' : 'text-stone-500 dark:text-stone-400'}`}>
            {value.length} / {maxTags}
          </span>
        )}
      </div>
      <div className="relative">
        <div className="flex flex-wrap items-center gap-1.5 rounded-lg border border-stone-300 bg-white px-2 py-1.5 shadow-sm focus-within:border-amber-500 focus-within:ring-2 focus-within:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900">
          {value.length > 0 && (
            <ul aria-label={`${label}, ${value.length} chosen`} className="contents">
              {value.map((tag, index) => (
                <TagChip
                  key={`${index}:${tag}`}
                  tag={tag}
                  index={index}
                  editing={editing === index}
                  describedBy={hintId}
                  onStartEdit={() => setEditing(index)}
                  onRename={(name) => rename(index, name)}
                  onCancelEdit={() => {
                    setEditing(null);
                    setFocusTarget({ chip: index });
                  }}
                  onRemove={() => {
                    remove(index);
                    setFocusTarget('input');
                  }}
                />
              ))}
            </ul>
          )}
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            role="combobox"
            aria-expanded={listOpen}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeMatch !== undefined ? `${id}-option-${active}` : undefined}
            aria-describedby={hintId}
            autoComplete="off"
            maxLength={TAG_MAX_LENGTH}
            value={text}
            placeholder={full ? 'Tag limit reached' : value.length === 0 ? 'Add a tag…' : 'Add another…'}
            onChange={(event) => {
              const parts = event.target.value.split(',');
              const rest = parts.pop() ?? '';
              if (parts.length > 0) add(parts);
              setText(rest);
              setActive(-1);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
            className="min-w-32 flex-1 bg-transparent px-1 py-0.5 text-sm outline-none placeholder:text-stone-400 dark:placeholder:text-stone-500"
          />
        </div>
        <div
          id={listId}
          role="listbox"
          aria-label={`${label} suggestions`}
          hidden={!listOpen}
          className="absolute top-full right-0 left-0 z-20 mt-1 max-h-64 overflow-auto rounded-lg border border-stone-200 bg-white py-1 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          {listOpen &&
            matches.map((match, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (arrows + Enter); this is for the mouse.
              <div
                key={match}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add([match])}
                className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
              >
                {match}
              </div>
            ))}
        </div>
      </div>
      <p id={hintId} className="mt-1 text-xs text-stone-500 dark:text-stone-400">
        Enter or comma adds a tag; Backspace removes the last; double-click or press Enter on a tag to rename it.
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

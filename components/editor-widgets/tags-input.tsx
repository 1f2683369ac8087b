'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
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
  const [editing, setEditing] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);

  const matches = useMemo(() => filterSuggestions(suggestions, text, value), [suggestions, text, value]);
  const full = maxTags !== undefined && value.length >= maxTags;

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

  return (
    <div ref={rootRef} data-testid="tags-input">
      <Combobox
        id={id}
        inputRef={inputRef}
        label={label}
        labelAside={
          maxTags !== undefined && (
            <span className={`text-xs tabular-nums ${full ? 'text-amber-700 dark:text-amber-400' : 'text-stone-500 dark:text-stone-400'}`}>
              {value.length} / {maxTags}
            </span>
          )
        }
        listLabel={`${label} suggestions`}
        value={value}
        renderChip={(tag, index) => (
          <TagChip
            tag={tag}
            index={index}
            editing={editing === index}
            describedBy={`${id}-hint`}
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
        )}
        options={full ? [] : matches}
        query={text}
        onQueryChange={(typed) => {
          const parts = typed.split(',');
          const rest = parts.pop() ?? '';
          if (parts.length > 0) add(parts);
          setText(rest);
        }}
        onPick={(match) => add([match])}
        onSubmitText={(typed) => add([typed])}
        onRemoveLast={() => remove(value.length - 1)}
        hint="Enter or comma adds a tag; Backspace removes the last; double-click or press Enter on a tag to rename it."
        announcement={announcement}
        placeholder={full ? 'Tag limit reached' : value.length === 0 ? 'Add a tag…' : 'Add another…'}
        maxLength={TAG_MAX_LENGTH}
      />
    </div>
  );
}

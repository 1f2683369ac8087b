'use client';

import { useMemo, useRef, useState } from 'react';
import { Chip, ChipRemoveButton, chipLabelClass } from '@/components/ui/chip';
import { Combobox } from '@/components/ui/combobox';

type CategorySelectProps = {
  value: string[];
  onChange: (categories: string[]) => void;
  label?: string;
  /** The category list: the fixed 60, then those an admin added. */
  list: readonly string[];
};

export function CategorySelect({ value, onChange, label = 'Categories', list }: CategorySelectProps) {
  const known = useMemo(() => new Set(list), [list]);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const options = useMemo(() => {
    const wanted = query.trim().toLocaleLowerCase();
    return list.filter((category) => category.toLocaleLowerCase().includes(wanted));
  }, [query, list]);

  function toggle(category: string) {
    if (value.includes(category)) {
      onChange(value.filter((chosen) => chosen !== category));
      setAnnouncement(`Removed ${category}.`);
    } else {
      onChange([...value, category]);
      setAnnouncement(`Added ${category}.`);
    }
  }

  return (
    <div data-testid="category-select">
      <Combobox
        multiple
        inputRef={inputRef}
        label={label}
        listLabel={label}
        value={value}
        renderChip={(category) => {
          const tone = known.has(category) ? 'neutral' : 'danger';
          return (
            <Chip tone={tone} title={known.has(category) ? undefined : 'Not in the category list'}>
              <span className={chipLabelClass}>{category}</span>
              <ChipRemoveButton
                tone={tone}
                label={`Remove category ${category}`}
                onClick={() => {
                  toggle(category);
                  inputRef.current?.focus();
                }}
              />
            </Chip>
          );
        }}
        options={options}
        query={query}
        onQueryChange={setQuery}
        onPick={toggle}
        onRemoveLast={() => {
          const last = value[value.length - 1];
          if (last !== undefined) toggle(last);
        }}
        noMatches={<>No category matches “{query.trim()}”. Only the list can be used; an admin adds categories in Settings.</>}
        hint="Type to search, arrows to move, Space or Enter to toggle, Esc to close."
        announcement={announcement}
        placeholder={value.length === 0 ? 'Search categories…' : 'Add another…'}
      />
    </div>
  );
}

'use client';

import { useRef, useState } from 'react';
import { Chip } from '@/components/ui/chip';
import { TAG_MAX_LENGTH } from './tag-list';

export function TagChipEditor({ tag, onRename, onCancel }: { tag: string; onRename: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(tag);
  // Enter and Escape unmount the input; its blur must not commit a second time.
  const done = useRef(false);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onRename(name);
    else onCancel();
  };
  return (
    <Chip tone="accent" className="ring-2 ring-amber-500">
      <input
        // biome-ignore lint/a11y/noAutofocus: the person asked to rename this chip, so the field takes focus at once.
        autoFocus
        value={name}
        maxLength={TAG_MAX_LENGTH}
        aria-label={`New name for tag ${tag}`}
        size={Math.max(4, name.length + 1)}
        onChange={(event) => setName(event.target.value)}
        onFocus={(event) => event.target.select()}
        onBlur={() => finish(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            finish(true);
          } else if (event.key === 'Escape') {
            // Keeps an enclosing dialog open: this Escape only cancels the rename.
            event.preventDefault();
            event.stopPropagation();
            finish(false);
          }
        }}
        className="min-w-0 rounded-full bg-transparent px-2.5 py-0.5 outline-none"
      />
    </Chip>
  );
}

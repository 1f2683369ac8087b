'use client';

import { TagChipEditor } from './tag-chip-editor';

type TagChipProps = {
  tag: string;
  index: number;
  editing: boolean;
  describedBy?: string;
  onStartEdit: () => void;
  onRename: (name: string) => void;
  onCancelEdit: () => void;
  onRemove: () => void;
};

const chipClass =
  'inline-flex max-w-full items-center rounded-full bg-amber-100 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100';
const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-1 dark:focus-visible:ring-offset-stone-900';

export function TagChip({ tag, index, editing, describedBy, onStartEdit, onRename, onCancelEdit, onRemove }: TagChipProps) {
  if (editing) return <TagChipEditor tag={tag} onRename={onRename} onCancel={onCancelEdit} />;
  return (
    <li className={chipClass}>
      <button
        type="button"
        data-chip-index={index}
        aria-label={`Rename tag ${tag}`}
        aria-describedby={describedBy}
        title="Double-click or press Enter to rename"
        // A mouse click does nothing (double-click renames); keyboard activation reports detail 0.
        onClick={(event) => {
          if (event.detail === 0) onStartEdit();
        }}
        onDoubleClick={onStartEdit}
        className={`truncate rounded-full py-0.5 pl-2.5 pr-1 ${focusRing}`}
      >
        {tag}
      </button>
      <button
        type="button"
        aria-label={`Remove tag ${tag}`}
        onClick={onRemove}
        className={`mr-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-amber-700 hover:bg-amber-200 hover:text-amber-950 dark:text-amber-300 dark:hover:bg-amber-900 dark:hover:text-white ${focusRing}`}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

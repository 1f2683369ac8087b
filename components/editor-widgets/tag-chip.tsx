'use client';

import { Chip, ChipRemoveButton, chipLabelClass } from '@/components/ui/chip';
import { focusRing } from '@/components/ui/form-styles';
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

export function TagChip({ tag, index, editing, describedBy, onStartEdit, onRename, onCancelEdit, onRemove }: TagChipProps) {
  if (editing) return <TagChipEditor tag={tag} onRename={onRename} onCancel={onCancelEdit} />;
  return (
    <Chip tone="accent">
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
        className={`${chipLabelClass} ${focusRing}`}
      >
        {tag}
      </button>
      <ChipRemoveButton tone="accent" label={`Remove tag ${tag}`} onClick={onRemove} />
    </Chip>
  );
}

'use client';

import { RevisionDiff } from '@/components/editor-widgets/revision-diff';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Draft } from '@/lib/drafts/draft';
import type { EditableFieldName, EditableFields } from '@/lib/drafts/editable-fields';

const FIELD_LABELS: Record<EditableFieldName, string> = {
  title: 'Title',
  metaDescription: 'Meta description',
  slug: 'Slug',
  tags: 'Tags',
  categories: 'Categories',
  content: 'Body',
};

// The conflicting fields only, one labelled line each and the body last, so the diff shows just what is at stake.
function asText(fields: EditableFields, conflicts: readonly EditableFieldName[]): string {
  const lines = conflicts
    .filter((name) => name !== 'content')
    .map((name) => {
      const value = fields[name];
      return `${FIELD_LABELS[name]}: ${Array.isArray(value) ? value.join(', ') : value}`;
    });
  return conflicts.includes('content') ? [...lines, ...(lines.length > 0 ? [''] : []), fields.content].join('\n') : lines.join('\n');
}

const listOf = (names: readonly EditableFieldName[]) => names.map((name) => FIELD_LABELS[name].toLowerCase()).join(', ');

/**
 * A save met a newer version that changed some of the same fields: the person sees those fields both ways and
 * chooses. Fields only one side changed were merged already and are not asked about.
 */
export function ConflictDialog({
  theirs,
  mine,
  conflicts,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: {
  theirs: Draft;
  mine: EditableFields;
  conflicts: readonly EditableFieldName[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title="This draft was changed somewhere else"
      footer={
        <>
          <Button onClick={onTakeTheirs}>Use the saved {conflicts.length === 1 ? 'value' : 'values'}</Button>
          <Button variant="primary" onClick={onKeepMine}>
            Keep mine
          </Button>
        </>
      }
    >
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-300">
        Another tab or person saved version {theirs.version} after you opened it, and you both changed the {listOf(conflicts)}. Your other
        changes are merged with theirs and are not asked about. Removed lines are theirs, added lines are yours; if you keep yours, theirs
        stays in the history.
      </p>
      <RevisionDiff before={asText(theirs, conflicts)} after={asText(mine, conflicts)} />
    </Dialog>
  );
}

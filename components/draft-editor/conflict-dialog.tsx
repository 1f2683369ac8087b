'use client';

import { RevisionDiff } from '@/components/editor-widgets/revision-diff';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Draft } from '@/lib/drafts/draft';
import type { EditableFieldName, EditableFields } from '@/lib/drafts/editable-fields';
import { fieldList, fieldsAsText } from './fields-as-text';

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
        Another tab or person saved version {theirs.version} after you opened it, and you both changed the {fieldList(conflicts)}. Your
        other changes are merged with theirs and are not asked about. Removed lines are theirs, added lines are yours; if you keep yours,
        theirs stays in the history.
      </p>
      <RevisionDiff before={fieldsAsText(theirs, conflicts)} after={fieldsAsText(mine, conflicts)} />
    </Dialog>
  );
}

'use client';

import { RevisionDiff } from '@/components/editor-widgets/revision-diff';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Draft } from '@/lib/drafts/draft';
import type { EditableFields } from '@/lib/drafts/editable-fields';

function asText(fields: EditableFields): string {
  return [
    `Title: ${fields.title}`,
    `Meta description: ${fields.metaDescription}`,
    `Slug: ${fields.slug}`,
    `Tags: ${fields.tags.join(', ')}`,
    `Categories: ${fields.categories.join(', ')}`,
    '',
    fields.content,
  ].join('\n');
}

/** A save hit a newer version: the person sees both and chooses; nothing is overwritten silently. */
export function ConflictDialog({
  theirs,
  mine,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: {
  theirs: Draft;
  mine: EditableFields;
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
          <Button onClick={onTakeTheirs}>Use the saved version</Button>
          <Button variant="primary" onClick={onKeepMine}>
            Keep my version
          </Button>
        </>
      }
    >
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-300">
        Another tab or person saved version {theirs.version} after you opened it. Removed lines are theirs, added lines are yours. Whichever
        you keep, the other stays in the history.
      </p>
      <RevisionDiff before={asText(theirs)} after={asText(mine)} />
    </Dialog>
  );
}

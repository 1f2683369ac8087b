'use client';

import { Dialog } from '@/components/editor/dialog';
import { RevisionDiff } from '@/components/editor/revision-diff';
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
        <div className="flex flex-wrap justify-end gap-2">
          <button
            type="button"
            onClick={onTakeTheirs}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-700"
          >
            Use the saved version
          </button>
          <button
            type="button"
            onClick={onKeepMine}
            className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-amber-700"
          >
            Keep my version
          </button>
        </div>
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

'use client';

import { useEffect, useState } from 'react';
import { RevisionDiff } from '@/components/editor-widgets/revision-diff';
import { STATUS_LABELS } from '@/components/status-badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { getApi } from '@/lib/client/api';
import type { Revision } from '@/lib/drafts';
import type { DraftStatus } from '@/lib/drafts/draft';
import { changedFields, type EditableFieldName, type EditableFields } from '@/lib/drafts/editable-fields';
import { fieldList, fieldsAsText } from './fields-as-text';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });
const REASONS: Record<Revision['reason'], string> = {
  edit: 'Before an edit',
  regenerate: 'Before regenerating',
  restore: 'Before a restore',
  reparse: 'Before re-parsing',
  keep_approved: 'Kept approved after a change',
};

const names = (from: EditableFields, to: EditableFields) => Object.keys(changedFields(from, to)) as EditableFieldName[];

type Version = EditableFields & { status: DraftStatus | null };

// Each version is labelled by what the next one changed: the newer revision, or for the newest the draft as it is.
function labelOf(revisions: readonly Revision[], index: number, current: Version): string {
  const revision = revisions[index];
  if (!revision) return '';
  const next = revisions[index - 1] ?? current;
  const changed = names(revision, next);
  if (revision.status && next.status && revision.status !== next.status) {
    const move = `Status: ${STATUS_LABELS[revision.status]} → ${STATUS_LABELS[next.status]}`;
    return changed.length === 0 ? move : `${move}, with an edit to the ${fieldList(changed)}`;
  }
  if (changed.length === 0) return REASONS[revision.reason];
  // The choice itself changed nothing: what follows it is the next edit.
  if (revision.reason === 'keep_approved') return `${REASONS.keep_approved}, then an edit to the ${fieldList(changed)}`;
  return `${REASONS[revision.reason]} to the ${fieldList(changed)}`;
}

export function HistoryDialog({
  draftId,
  current,
  status,
  onRestore,
  onClose,
}: {
  draftId: string;
  /** The fields as the editor has them now: what a restore would replace. */
  current: EditableFields;
  /** The draft's status now (a restore leaves it as it is). */
  status: DraftStatus;
  onRestore: (revision: Revision) => Promise<void>;
  onClose: () => void;
}) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const restoreChanges = selected ? names(current, selected) : [];

  useEffect(() => {
    getApi<Revision[]>(`/api/drafts/${draftId}/revisions`).then(
      (list) => {
        setRevisions(list);
        setSelected(list[0] ?? null);
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, [draftId]);

  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title="History"
      footer={
        selected && (
          <>
            <p data-testid="restore-preview" className="mr-auto text-xs text-stone-600 dark:text-stone-300">
              {restoreChanges.length === 0
                ? 'This version is the same as the draft now.'
                : `Restoring it changes the ${fieldList(restoreChanges)}; what they are now is kept in the history.`}
            </p>
            <Button
              variant="primary"
              disabled={restoring}
              onClick={async () => {
                setRestoring(true);
                try {
                  await onRestore(selected);
                } catch (failure) {
                  setError(failure instanceof Error ? failure.message : String(failure));
                } finally {
                  setRestoring(false);
                }
              }}
            >
              {restoring ? 'Restoring…' : 'Restore this version'}
            </Button>
          </>
        )
      }
    >
      {error && (
        <p role="alert" className="mb-3 text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
      {revisions === null && !error && <p className="text-sm text-stone-500">Loading the history…</p>}
      {revisions?.length === 0 && (
        <p className="text-sm text-stone-500">No earlier versions yet: they appear here after the first change you save.</p>
      )}
      {revisions && revisions.length > 0 && (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-[14rem_minmax(0,1fr)]">
          <ul className="max-h-[60vh] space-y-1 overflow-y-auto text-sm" aria-label="Versions">
            {revisions.map((revision, index) => (
              <li key={revision.id}>
                <button
                  type="button"
                  data-testid="revision-item"
                  aria-current={selected?.id === revision.id}
                  onClick={() => setSelected(revision)}
                  className={`w-full rounded-md px-2 py-1.5 text-left ${selected?.id === revision.id ? 'bg-amber-100 dark:bg-amber-950' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
                >
                  <span className="block font-medium">{labelOf(revisions, index, { ...current, status })}</span>
                  <span className="block text-xs text-stone-500 dark:text-stone-400">
                    v{revision.version} · {dateFormat.format(new Date(revision.createdAt))}
                    {revision.authorName && <span data-testid="revision-author"> · by {revision.authorName}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="min-w-0">
            {selected && (
              <>
                <p className="mb-2 text-xs text-stone-500 dark:text-stone-400">
                  Every field, from this version (removed lines) to the draft now (added lines).
                </p>
                <RevisionDiff before={fieldsAsText(selected)} after={fieldsAsText(current)} />
              </>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}

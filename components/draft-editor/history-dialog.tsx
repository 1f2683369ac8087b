'use client';

import { useEffect, useState } from 'react';
import { RevisionDiff } from '@/components/editor-widgets/revision-diff';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { getApi } from '@/lib/client/api';
import type { Revision } from '@/lib/drafts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });
const REASONS: Record<Revision['reason'], string> = {
  edit: 'Before an edit',
  regenerate: 'Before regenerating',
  restore: 'Before a restore',
  reparse: 'Before re-parsing',
};

export function HistoryDialog({
  draftId,
  currentContent,
  onRestore,
  onClose,
}: {
  draftId: string;
  currentContent: string;
  onRestore: (revision: Revision) => Promise<void>;
  onClose: () => void;
}) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

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
            {revisions.map((revision) => (
              <li key={revision.id}>
                <button
                  type="button"
                  data-testid="revision-item"
                  aria-current={selected?.id === revision.id}
                  onClick={() => setSelected(revision)}
                  className={`w-full rounded-md px-2 py-1.5 text-left ${selected?.id === revision.id ? 'bg-amber-100 dark:bg-amber-950' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
                >
                  <span className="block font-medium">{REASONS[revision.reason]}</span>
                  <span className="block text-xs text-stone-500 dark:text-stone-400">
                    v{revision.version} · {dateFormat.format(new Date(revision.createdAt))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="min-w-0">
            {selected && (
              <>
                <p className="mb-2 text-xs text-stone-500 dark:text-stone-400">
                  Changes from this version (removed) to the current body (added). Title then: “{selected.title}”.
                </p>
                <RevisionDiff before={selected.content} after={currentContent} />
              </>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}

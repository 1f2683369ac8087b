'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { callApi } from '@/lib/client/api';
import type { TrashedDraftView } from '@/lib/drafts';
import type { DraftSummary } from '@/lib/drafts/draft';

const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

type Confirm = { kind: 'one'; draft: TrashedDraftView } | { kind: 'all' } | null;

/** The Trash: restore a draft, delete one for good, or empty it, each with what happened said afterwards. */
/** `canPurge`: deleting for good is an editor's (lib/accounts/roles.ts `trash.empty`); anyone restores their own. */
export function TrashList({ initial, canPurge }: { initial: TrashedDraftView[]; canPurge: boolean }) {
  const [items, setItems] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; href?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const restore = (draft: TrashedDraftView) =>
    act(async () => {
      const restored = await callApi<DraftSummary>(`/api/trash/${draft.id}/restore`, { method: 'POST' });
      setItems((all) => all.filter((item) => item.id !== draft.id));
      setNotice({ text: `“${restored.title || restored.topic}” is back among your drafts.`, href: `/drafts/${restored.id}` });
    });

  const deleteForGood = (target: Exclude<Confirm, null>) =>
    act(async () => {
      setConfirm(null);
      if (target.kind === 'all') {
        await callApi(`/api/trash`, { method: 'DELETE' });
        setItems([]);
        setNotice({ text: 'The Trash is empty.' });
      } else {
        await callApi(`/api/trash/${target.draft.id}`, { method: 'DELETE' });
        setItems((all) => all.filter((item) => item.id !== target.draft.id));
        setNotice({ text: `“${target.draft.title || target.draft.topic}” is deleted for good.` });
      }
    });

  return (
    <div className="space-y-4">
      <p role="status" data-testid="trash-notice" className="text-sm text-stone-700 empty:hidden dark:text-stone-300">
        {notice?.text}{' '}
        {notice?.href && (
          <Link href={notice.href} className="font-medium text-amber-700 underline dark:text-amber-400">
            Open it
          </Link>
        )}
      </p>
      {error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 px-4 py-8 text-center text-sm text-stone-500 dark:border-stone-700 dark:text-stone-400">
          The Trash is empty.{' '}
          <Link href="/drafts" className="text-amber-700 underline dark:text-amber-400">
            Back to drafts
          </Link>
        </p>
      ) : (
        <>
          <ul
            aria-label="Deleted drafts"
            className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900"
          >
            {items.map((draft) => (
              <li key={draft.id} data-testid="trashed-draft" className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
                <div className="min-w-0 flex-1 basis-56">
                  <p className="truncate font-medium" title={draft.title || draft.topic}>
                    {draft.title || draft.topic}
                  </p>
                  <p className="text-xs text-stone-500 dark:text-stone-400">
                    Deleted {day.format(new Date(draft.deletedAt))} · gone for good on {day.format(new Date(draft.purgeAt))}
                  </p>
                </div>
                <div className="ml-auto flex shrink-0 gap-2">
                  <Button
                    size="sm"
                    variant="primary"
                    disabled={busy}
                    onClick={() => void restore(draft)}
                    aria-label={`Restore “${draft.title || draft.topic}”`}
                  >
                    Restore
                  </Button>
                  {canPurge && (
                    <Button
                      size="sm"
                      variant="destructive-outline"
                      disabled={busy}
                      onClick={() => setConfirm({ kind: 'one', draft })}
                      aria-label={`Delete “${draft.title || draft.topic}” for good`}
                    >
                      Delete for good…
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
          {canPurge && (
            <Button variant="destructive-outline" disabled={busy} onClick={() => setConfirm({ kind: 'all' })}>
              Empty the Trash…
            </Button>
          )}
        </>
      )}
      {confirm && (
        <ConfirmDialog
          open
          title={confirm.kind === 'all' ? `Delete all ${items.length} drafts in the Trash for good?` : 'Delete this draft for good?'}
          confirmLabel="Delete for good"
          onConfirm={() => void deleteForGood(confirm)}
          onClose={() => setConfirm(null)}
        >
          <p>
            This cannot be undone: the draft{confirm.kind === 'all' ? 's' : ''} and {confirm.kind === 'all' ? 'their' : 'its'} history are
            gone.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

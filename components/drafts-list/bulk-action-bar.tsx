'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { ExportFormatSelect } from '@/components/export-format-select';
import { Button, buttonVariants } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDraftSelection } from '@/hooks/use-draft-selection';
import { useExportFormat } from '@/hooks/use-export-format';
import { callApi } from '@/lib/client/api';
import type { BulkResult } from '@/lib/drafts';
import type { BulkAction } from '@/lib/drafts/schemas';
import { BulkPublishDialog } from './bulk-publish-dialog';
import { summarizeBulkResult } from './bulk-summary';

type Outcome = { tone: 'ok' | 'partial' | 'error'; text: string };

const OUTCOME_STYLES: Record<Outcome['tone'], string> = {
  ok: 'text-emerald-800 dark:text-emerald-300',
  partial: 'text-amber-800 dark:text-amber-300',
  error: 'text-rose-700 dark:text-rose-400',
};

/** What the person's role offers here (lib/accounts/roles.ts); the server refuses the rest all the same. */
export type BulkRights = { approve: boolean; publish: boolean; export: boolean };
const EVERY_RIGHT: BulkRights = { approve: true, publish: true, export: true };

export function BulkActionBar({ titles, rights = EVERY_RIGHT }: { titles: Record<string, string>; rights?: BulkRights }) {
  const router = useRouter();
  const { selected, pageIds, keepOnly } = useDraftSelection();
  const [busy, setBusy] = useState<BulkAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [format, setFormat] = useExportFormat();
  const [refreshing, startRefresh] = useTransition();
  const deleteButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const count = selected.length;
  const idle = busy === null && !refreshing;

  const run = async (action: BulkAction) => {
    setBusy(action);
    setOutcome(null);
    try {
      const result = await callApi<BulkResult>('/api/drafts/bulk', { method: 'POST', body: { ids: selected, action } });
      // Drafts that could not be changed stay selected, so they are easy to find and fix.
      keepOnly(result.failed.map((failure) => failure.id));
      setOutcome({ tone: result.failed.length > 0 ? 'partial' : 'ok', text: summarizeBulkResult(action, result, titles) });
      startRefresh(() => router.refresh());
    } catch (error) {
      setOutcome({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  const exportHref = `/api/export?ids=${selected.map(encodeURIComponent).join(',')}&format=${format}`;

  return (
    <div
      data-testid="bulk-actions"
      className={
        pageIds.length > 0
          ? 'sticky top-0 z-10 mb-3 rounded-xl border border-stone-200 bg-white/95 px-3 py-2 shadow-sm backdrop-blur dark:border-stone-800 dark:bg-stone-900/95'
          : 'mb-3'
      }
    >
      {/* With nothing left on the page (all deleted or filtered out), only the last result stays. */}
      {pageIds.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="mr-auto text-sm text-stone-600 dark:text-stone-300" aria-live="polite">
            {count > 0 ? (
              <span className="font-semibold text-stone-900 dark:text-stone-100">
                {count === 1 ? '1 draft selected' : `${count} drafts selected`}
              </span>
            ) : (
              'Select drafts to act on several at once.'
            )}
          </p>
          {rights.approve && (
            <Button disabled={count === 0 || !idle} onClick={() => run('approve')}>
              {busy === 'approve' ? 'Approving…' : 'Approve'}
            </Button>
          )}
          <Button disabled={count === 0 || !idle} onClick={() => run('review')}>
            {busy === 'review' ? 'Moving…' : 'Move to review'}
          </Button>
          <Button disabled={count === 0 || !idle} onClick={() => run('draft')}>
            {busy === 'draft' ? 'Moving…' : 'Back to draft'}
          </Button>
          {rights.publish && (
            <Button disabled={count === 0 || !idle} onClick={() => setPublishing(true)}>
              Publish…
            </Button>
          )}
          {rights.export && (
            <>
              <span className="mx-1 hidden h-6 w-px bg-stone-200 sm:block dark:bg-stone-700" aria-hidden="true" />
              <ExportFormatSelect
                id="bulk-export-format"
                value={format}
                onChange={setFormat}
                className="rounded-lg border border-stone-300 bg-white py-1.5 pr-7 pl-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-stone-700 dark:bg-stone-900"
              />
              <a href={`/api/export?status=approved&format=${format}`} download className={buttonVariants()}>
                All approved (zip)
              </a>
              {count > 0 ? (
                <a href={exportHref} download className={buttonVariants()}>
                  Download zip
                </a>
              ) : (
                <Button disabled>Download zip</Button>
              )}
            </>
          )}
          <Button ref={deleteButton} variant="destructive-outline" disabled={count === 0 || !idle} onClick={() => setConfirming(true)}>
            {busy === 'delete' ? 'Deleting…' : 'Delete…'}
          </Button>
        </div>
      )}
      {/* Always rendered: a live region announces only changes to an element that already exists. */}
      <p
        ref={status}
        tabIndex={-1}
        role="status"
        data-testid="bulk-result"
        className={outcome ? `text-sm outline-none ${pageIds.length > 0 ? 'mt-2' : ''} ${OUTCOME_STYLES[outcome.tone]}` : 'sr-only'}
      >
        {outcome?.text}
      </p>
      {publishing && (
        <BulkPublishDialog
          ids={selected}
          onClose={() => {
            setPublishing(false);
            startRefresh(() => router.refresh());
          }}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={count === 1 ? 'Delete 1 draft?' : `Delete ${count} drafts?`}
        confirmLabel="Delete"
        returnFocus={deleteButton}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run('delete').then(() => status.current?.focus());
        }}
      >
        <p>The selected drafts and their history go to the Trash, where you can restore them for 30 days.</p>
      </ConfirmDialog>
    </div>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Dialog } from '@/components/editor/dialog';
import { GenerationStats } from '@/components/generation-stats';
import { StatusBadge } from '@/components/status-badge';
import { useAutosave } from '@/hooks/use-autosave';
import { callApi, getApi } from '@/lib/client/api';
import { missingForApproval } from '@/lib/drafts/approval';
import type { Draft } from '@/lib/drafts/draft';
import type { Revision } from '@/lib/drafts/revisions';
import { countWords } from '@/lib/seo';
import { BodyEditor, PREVIEW_ID } from './body-editor';
import { ConflictDialog } from './conflict-dialog';
import { ExportMenu } from './export-menu';
import { HistoryDialog } from './history-dialog';
import { MetadataFields } from './metadata-fields';
import { SaveIndicator } from './save-indicator';
import { SeoPanel } from './seo-panel';
import { StatusActions } from './status-actions';

type OpenDialog = 'history' | 'regenerate' | { missing: string[] } | null;

const toolButton =
  'rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-xs font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800';

export function DraftEditor({ draft }: { draft: Draft }) {
  const router = useRouter();
  const autosave = useAutosave(draft);
  const { fields, update, save, state } = autosave;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [tagSuggestions, setTagSuggestions] = useState<string[]>([]);
  // Esc hides the conflict dialog for that stored version; the header keeps a button to reopen it.
  const [hiddenConflict, setHiddenConflict] = useState<number | null>(null);

  useEffect(() => {
    getApi<string[]>('/api/tags').then(setTagSuggestions, () => setTagSuggestions([]));
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 's' && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  /** Runs a server change that needs the stored version: unsaved edits are saved first. */
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setMessage(null);
    try {
      await save();
      await action();
      router.refresh();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const changeStatus = (status: 'draft' | 'review' | 'approved') => {
    if (status === 'approved') {
      const missing = missingForApproval(fields);
      if (missing.length > 0) {
        setDialog({ missing });
        return;
      }
    }
    void run(() => callApi(`/api/drafts/${draft.id}`, { method: 'PATCH', body: { version: autosave.version.current, status } }));
  };

  const restore = async (revision: Revision) => {
    await save();
    await callApi(`/api/drafts/${draft.id}/revisions/${revision.id}/restore`, {
      method: 'POST',
      body: { version: autosave.version.current },
    });
    setDialog(null);
    router.refresh();
  };

  const regenerate = (scope: 'post' | 'metadata') => {
    setDialog(null);
    void run(() => callApi(`/api/drafts/${draft.id}/regenerate`, { method: 'POST', body: { version: autosave.version.current, scope } }));
  };

  const remove = () =>
    run(async () => {
      if (!window.confirm('Delete this draft and its history? This cannot be undone.')) return;
      await callApi(`/api/drafts/${draft.id}`, { method: 'DELETE' });
      router.push('/drafts');
    });

  return (
    <article className="space-y-5">
      <header className="flex flex-wrap items-center gap-3">
        <StatusBadge status={draft.status} />
        <SaveIndicator state={state} />
        {state.kind === 'conflict' && hiddenConflict === state.theirs.version && (
          <button type="button" className={toolButton} onClick={() => setHiddenConflict(null)}>
            Compare versions
          </button>
        )}
        <span className="hidden text-xs text-stone-500 md:inline dark:text-stone-400">Ctrl/⌘ + S saves now</span>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {draft.status !== 'interrupted' && <StatusActions status={draft.status} onChange={changeStatus} busy={busy} />}
          <button type="button" className={toolButton} onClick={() => setDialog('history')}>
            History
          </button>
          <button type="button" className={toolButton} onClick={() => setDialog('regenerate')} disabled={busy}>
            Regenerate…
          </button>
          <button type="button" className={`${toolButton} text-rose-700 dark:text-rose-400`} onClick={remove} disabled={busy}>
            Delete
          </button>
        </div>
      </header>

      {draft.status === 'interrupted' && (
        <div
          role="alert"
          data-testid="generation-error"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100"
        >
          <p className="flex-1">{draft.error ?? 'The generation was interrupted. The text so far is kept.'}</p>
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => callApi(`/api/drafts/${draft.id}/resume`, { method: 'POST' }))}
            className="rounded-md bg-rose-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-800 disabled:opacity-50"
          >
            {busy ? 'Resuming…' : 'Resume'}
          </button>
        </div>
      )}
      {message && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {message}
        </p>
      )}
      {state.kind === 'error' && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          Your changes are kept in this tab but not saved: {state.message}
        </p>
      )}
      {autosave.restoredBackup && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          Restored changes from this browser that had not been saved yet.
        </p>
      )}

      <p className="text-xs text-stone-500 dark:text-stone-400">Topic: {draft.topic}</p>
      <MetadataFields fields={fields} onChange={update} tagSuggestions={tagSuggestions} />
      <SeoPanel fields={fields} draft={draft} />

      {draft.warnings.length > 0 && (
        <ul className="list-inside list-disc rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {draft.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}

      <BodyEditor content={fields.content} onChange={(content) => update({ content })} />

      <div className="flex flex-wrap items-center justify-between gap-4 border-t border-stone-200 pt-4 dark:border-stone-800">
        <ExportMenu draftId={draft.id} markdown={fields.content} previewId={PREVIEW_ID} />
        <GenerationStats draft={draft} words={countWords(fields.content)} />
      </div>

      {state.kind === 'conflict' && hiddenConflict !== state.theirs.version && (
        <ConflictDialog
          theirs={state.theirs}
          mine={fields}
          onKeepMine={() => autosave.keepMine(state.theirs)}
          onTakeTheirs={() => autosave.takeTheirs(state.theirs)}
          onClose={() => setHiddenConflict(state.theirs.version)}
        />
      )}
      {dialog === 'history' && (
        <HistoryDialog draftId={draft.id} currentContent={fields.content} onRestore={restore} onClose={() => setDialog(null)} />
      )}
      {dialog === 'regenerate' && (
        <Dialog open onClose={() => setDialog(null)} title="Regenerate">
          <p className="mb-4 text-sm text-stone-600 dark:text-stone-300">The current version stays in the history either way.</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={toolButton} onClick={() => regenerate('metadata')}>
              Only title, meta, tags and categories
            </button>
            <button
              type="button"
              className="rounded-md bg-amber-600 px-3 py-1.5 text-xs font-semibold text-white hover:bg-amber-700"
              onClick={() => regenerate('post')}
            >
              The whole post
            </button>
          </div>
        </Dialog>
      )}
      {dialog !== null && typeof dialog === 'object' && (
        <Dialog open onClose={() => setDialog(null)} title="Not ready for approval">
          <p className="text-sm">Before approving, add {dialog.missing.join(', ')}.</p>
        </Dialog>
      )}
    </article>
  );
}

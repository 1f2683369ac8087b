'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { GenerationStats } from '@/components/generation-stats';
import { InterruptionBanner } from '@/components/interruption-banner';
import { StatusBadge } from '@/components/status-badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { useAutosave } from '@/hooks/use-autosave';
import { useOtherTabs } from '@/hooks/use-other-tabs';
import type { DraftRights } from '@/lib/accounts/roles';
import { callApi, getApi } from '@/lib/client/api';
import type { Revision } from '@/lib/drafts';
import { missingForApproval } from '@/lib/drafts/approval';
import type { Draft } from '@/lib/drafts/draft';
import { changedFields, editableFields } from '@/lib/drafts/editable-fields';
import { countWords } from '@/lib/seo';
import { BodyEditor, PREVIEW_ID } from './body-editor';
import { ConflictDialog } from './conflict-dialog';
import { ExportMenu } from './export-menu';
import { MetadataFields } from './metadata-fields';
import { PublishPanel } from './publish-panel';
import { SaveIndicator } from './save-indicator';
import { StatusActions } from './status-actions';

// Loaded when used: the history (and its diff) when opened, the SEO checks (the scoring rules and Markdown
// reader) after the page is up, in a box of the same place meanwhile.
const HistoryDialog = dynamic(() => import('./history-dialog').then((module) => module.HistoryDialog), { ssr: false });
const SeoPanel = dynamic(() => import('./seo-panel').then((module) => module.SeoPanel), {
  ssr: false,
  loading: () => (
    <section
      aria-label="SEO checks"
      aria-busy
      className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-500 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400"
    >
      Checking SEO…
    </section>
  ),
});

type OpenDialog = 'history' | 'export' | 'regenerate' | 'delete' | { missing: string[] } | null;

/** `categories`: the list a draft's categories come from (the fixed 60, then those an admin added). */
export function DraftEditor({ draft, rights, categories }: { draft: Draft; rights: DraftRights; categories: readonly string[] }) {
  const router = useRouter();
  const autosave = useAutosave(draft);
  const { fields, update, save, state } = autosave;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [tagSuggestions, setTagSuggestions] = useState<string[]>([]);
  // Esc hides the conflict dialog for that stored version; the header keeps a button to reopen it.
  const [hiddenConflict, setHiddenConflict] = useState<number | null>(null);
  // Editing an approved post asks once whether it goes back to review; keeping it approved is the person's call.
  const [keptApproved, setKeptApproved] = useState(false);
  const otherTabs = useOtherTabs(draft.id);
  const editedSinceLoad = Object.keys(changedFields(editableFields(draft), fields)).length > 0;

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

  const remove = () => {
    setDialog(null);
    void run(async () => {
      await callApi(`/api/drafts/${draft.id}`, { method: 'DELETE' });
      router.push('/drafts');
    });
  };

  return (
    <article className="space-y-5">
      <header className="flex flex-wrap items-center gap-3">
        <StatusBadge status={draft.status} interruption={draft.interruption} />
        <SaveIndicator state={state} />
        {state.kind === 'conflict' && hiddenConflict === state.theirs.version && (
          <Button size="sm" onClick={() => setHiddenConflict(null)}>
            Compare versions
          </Button>
        )}
        <span className="hidden text-xs text-stone-500 md:inline dark:text-stone-400">Ctrl/⌘ + S saves now</span>
        {otherTabs > 0 && (
          <span data-testid="other-tabs" className="text-xs text-amber-800 dark:text-amber-300">
            Also open in {otherTabs === 1 ? 'another tab' : `${otherTabs} other tabs`}: edits to different fields merge when they save.
          </span>
        )}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {draft.status !== 'interrupted' && (
            <StatusActions status={draft.status} onChange={changeStatus} busy={busy} canApprove={rights.approve} />
          )}
          <Button size="sm" onClick={() => setDialog('history')}>
            History
          </Button>
          {rights.export && (
            <Button size="sm" onClick={() => setDialog('export')}>
              Export…
            </Button>
          )}
          <Button size="sm" onClick={() => setDialog('regenerate')} disabled={busy}>
            Regenerate…
          </Button>
          <Button variant="destructive-outline" size="sm" onClick={() => setDialog('delete')} disabled={busy}>
            Delete…
          </Button>
        </div>
      </header>

      {draft.status === 'interrupted' && (
        <InterruptionBanner
          interruption={draft.interruption}
          message={draft.error ?? 'The generation was interrupted. The text so far is kept.'}
        >
          <Button
            variant="primary"
            disabled={busy}
            onClick={() => run(() => callApi(`/api/drafts/${draft.id}/resume`, { method: 'POST' }))}
          >
            {busy ? 'Resuming…' : 'Resume'}
          </Button>
        </InterruptionBanner>
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
      {state.kind === 'logged_out' && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          You are logged out, so your latest changes are not saved yet. They are kept in this browser:{' '}
          {/* A full page load, not a client navigation: the header must be drawn again for a logged-out visitor. */}
          <a href={`/login?next=${encodeURIComponent(`/drafts/${draft.id}`)}`} className="font-medium underline">
            log in
          </a>{' '}
          and you come back here to save them.
        </p>
      )}
      {draft.status === 'approved' && editedSinceLoad && !keptApproved && (
        <div
          role="status"
          data-testid="approved-edit-prompt"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="min-w-0 basis-full sm:flex-1 sm:basis-0">
            This post is approved and you are changing it. Send it back to review, or keep it approved?
          </p>
          <Button size="sm" variant="primary" disabled={busy} onClick={() => changeStatus('review')}>
            Send back to review
          </Button>
          <Button
            size="sm"
            disabled={busy}
            onClick={() => {
              setKeptApproved(true);
              void run(() =>
                callApi(`/api/drafts/${draft.id}`, { method: 'PATCH', body: { version: autosave.version.current, keepApproved: true } }),
              );
            }}
          >
            Keep approved
          </Button>
        </div>
      )}
      {autosave.restoredBackup && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          Restored changes from this browser that had not been saved yet.
        </p>
      )}

      <p className="text-xs text-stone-500 dark:text-stone-400">Topic: {draft.topic}</p>
      <MetadataFields fields={fields} topic={draft.topic} onChange={update} tagSuggestions={tagSuggestions} categories={categories} />
      <SeoPanel fields={fields} draft={draft} categories={categories} />

      {draft.warnings.length > 0 && (
        <ul className="list-inside list-disc rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {draft.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}

      <BodyEditor content={fields.content} onChange={(content) => update({ content })} />

      <div className="border-t border-stone-200 pt-4 dark:border-stone-800">
        <GenerationStats draft={draft} words={countWords(fields.content)} />
      </div>
      {rights.publish && <PublishPanel draftId={draft.id} beforePublish={save} />}

      {state.kind === 'conflict' && hiddenConflict !== state.theirs.version && (
        <ConflictDialog
          theirs={state.theirs}
          mine={fields}
          conflicts={state.conflicts}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={() => autosave.takeTheirs(state.theirs, state.conflicts)}
          onClose={() => setHiddenConflict(state.theirs.version)}
        />
      )}
      {dialog === 'history' && (
        <HistoryDialog draftId={draft.id} current={fields} status={draft.status} onRestore={restore} onClose={() => setDialog(null)} />
      )}
      {dialog === 'export' && (
        <Dialog open onClose={() => setDialog(null)} title="Export">
          <ExportMenu draftId={draft.id} markdown={fields.content} previewId={PREVIEW_ID} />
        </Dialog>
      )}
      {dialog === 'regenerate' && (
        <Dialog open onClose={() => setDialog(null)} title="Regenerate">
          <p className="mb-4 text-sm text-stone-600 dark:text-stone-300">The current version stays in the history either way.</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => regenerate('metadata')}>Only title, meta, tags and categories</Button>
            <Button variant="primary" onClick={() => regenerate('post')}>
              The whole post
            </Button>
          </div>
        </Dialog>
      )}
      {dialog === 'delete' && (
        <ConfirmDialog open title="Delete this draft?" confirmLabel="Delete" onConfirm={remove} onClose={() => setDialog(null)}>
          <p>The draft and its history go to the Trash, where you can restore them for 30 days.</p>
        </ConfirmDialog>
      )}
      {dialog !== null && typeof dialog === 'object' && (
        <Dialog open onClose={() => setDialog(null)} title="Not ready for approval">
          <p className="text-sm">Before approving, add {dialog.missing.join(', ')}.</p>
        </Dialog>
      )}
    </article>
  );
}

'use client';

import { ExportMenu } from '@/components/draft-editor/export-menu';
import { StatusBadge } from '@/components/status-badge';
import { StreamingMarkdown } from '@/components/streaming-markdown';
import type { DraftRights } from '@/lib/accounts/roles';
import type { Draft } from '@/lib/drafts/draft';

const PREVIEW_ID = 'read-only-preview';

/** A draft this person may read but not change: what it says, and why the editor is not offered. */
export function DraftReadOnly({ draft, rights }: { draft: Draft; rights: DraftRights }) {
  return (
    <article className="space-y-4" aria-labelledby="read-only-title">
      <p
        data-testid="read-only-notice"
        className="rounded-md border border-stone-300 bg-stone-50 p-3 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        {draft.status === 'approved'
          ? 'This post is approved: only an editor or an admin can change it now. Ask one of them, or write your own.'
          : 'Someone else wrote this draft: you can read it; its author, an editor or an admin can change it.'}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={draft.status} interruption={draft.interruption} />
        <h1 id="read-only-title" className="text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">
          {draft.title || draft.topic}
        </h1>
      </div>
      {draft.metaDescription && <p className="text-sm text-stone-600 dark:text-stone-400">{draft.metaDescription}</p>}
      <div id={PREVIEW_ID} className="prose prose-stone max-w-none dark:prose-invert">
        <StreamingMarkdown markdown={draft.content} />
      </div>
      {rights.export && <ExportMenu draftId={draft.id} markdown={draft.content} previewId={PREVIEW_ID} />}
    </article>
  );
}

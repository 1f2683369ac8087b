'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { DraftRights } from '@/lib/accounts/roles';
import type { Draft } from '@/lib/drafts/draft';

// Each view is its own chunk, loaded when the draft is in its state: the live view does not download the editor.
const GenerationView = dynamic(() => import('@/components/generation-view').then((module) => module.GenerationView));
const OutlineStep = dynamic(() => import('@/components/draft-editor/outline-step').then((module) => module.OutlineStep));
const DraftEditor = dynamic(() => import('@/components/draft-editor/draft-editor').then((module) => module.DraftEditor));
const DraftReadOnly = dynamic(() => import('@/components/draft-read-only').then((module) => module.DraftReadOnly));

/**
 * One draft's page body: the live view while the post is written, the outline waiting for review, or the
 * editor. It moves from the live view to what comes next with the draft the stream or the API handed back,
 * without reloading the page.
 */
export function DraftWorkspace({
  draft: initial,
  rights,
  categories,
}: {
  draft: Draft;
  rights: DraftRights;
  categories: readonly string[];
}) {
  const [draft, setDraft] = useState(initial);
  // A new key per stored state mounts the next view fresh.
  const key = `${draft.id}:${draft.version}:${draft.status}`;
  if (draft.status === 'generating') return <GenerationView key={key} draft={draft} categoryList={categories} onSettled={setDraft} />;
  // An outline waiting for review: nothing has been written yet.
  if (!rights.edit) return <DraftReadOnly key={key} draft={draft} rights={rights} />;
  if (draft.outline && !draft.raw && draft.status === 'draft') return <OutlineStep key={key} draft={draft} />;
  return <DraftEditor key={key} draft={draft} rights={rights} categories={categories} />;
}

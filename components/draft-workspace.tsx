'use client';

import { useState } from 'react';
import { DraftEditor } from '@/components/draft-editor/draft-editor';
import { OutlineStep } from '@/components/draft-editor/outline-step';
import { GenerationView } from '@/components/generation-view';
import type { Draft } from '@/lib/drafts/draft';

/**
 * One draft's page body: the live view while the post is written, the outline waiting for review, or the
 * editor. It moves from the live view to what comes next with the draft the stream or the API handed back,
 * without reloading the page.
 */
export function DraftWorkspace({ draft: initial }: { draft: Draft }) {
  const [draft, setDraft] = useState(initial);
  // A new key per stored state mounts the next view fresh.
  const key = `${draft.id}:${draft.version}:${draft.status}`;
  if (draft.status === 'generating') return <GenerationView key={key} draft={draft} onSettled={setDraft} />;
  // An outline waiting for review: nothing has been written yet.
  if (draft.outline && !draft.raw && draft.status === 'draft') return <OutlineStep key={key} draft={draft} />;
  return <DraftEditor key={key} draft={draft} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DraftWorkspace } from '@/components/draft-workspace';
import { ModelNotice } from '@/components/model-notice';
import { listCategories } from '@/lib/categories';
import { getDraft } from '@/lib/drafts';
import { isAppError } from '@/lib/errors';
import { configuredModelLifecycle } from '@/lib/generation';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function loadDraft(id: string) {
  try {
    return await getDraft({ id });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const draft = await loadDraft((await params).id);
  return { title: draft.title || draft.topic };
}

export default async function DraftPage({ params }: Props) {
  const [draft, categories] = await Promise.all([loadDraft((await params).id), listCategories()]);
  // A new key per stored state remounts the workspace, so a refresh after a restore or a regenerate starts clean.
  const key = `${draft.id}:${draft.version}:${draft.status}`;
  return (
    <>
      <div className="mb-4 empty:hidden">
        <ModelNotice lifecycle={configuredModelLifecycle()} />
      </div>
      <DraftWorkspace key={key} draft={draft} categories={categories} />
    </>
  );
}

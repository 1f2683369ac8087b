import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DraftWorkspace } from '@/components/draft-workspace';
import { ModelNotice } from '@/components/model-notice';
import { peopleNames } from '@/lib/accounts';
import { draftRights, NO_DRAFT_RIGHTS } from '@/lib/accounts/roles';
import { currentPrincipal, principalId, principalRole } from '@/lib/auth';
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
  const principal = await currentPrincipal();
  const rights = principal ? draftRights(principalRole(principal), principalId(principal), draft) : NO_DRAFT_RIGHTS;
  const names = await peopleNames([draft.createdById, draft.approvedById]);
  const writer = draft.createdById ? names.get(draft.createdById) : undefined;
  const approver = draft.approvedById ? names.get(draft.approvedById) : undefined;
  // A new key per stored state remounts the workspace, so a refresh after a restore or a regenerate starts clean.
  const key = `${draft.id}:${draft.version}:${draft.status}`;
  return (
    <>
      <div className="mb-4 empty:hidden">
        <ModelNotice lifecycle={configuredModelLifecycle()} />
      </div>
      {(writer || approver) && (
        <p data-testid="attribution" className="mb-3 text-sm text-stone-600 dark:text-stone-400">
          {writer && <>Written by {writer}</>}
          {writer && approver && ' · '}
          {approver && draft.approvedAt && (
            <>
              Approved by {approver} on <time dateTime={draft.approvedAt}>{new Date(draft.approvedAt).toUTCString().slice(0, 16)}</time>
            </>
          )}
        </p>
      )}
      <DraftWorkspace key={key} draft={draft} rights={rights} categories={categories} />
    </>
  );
}

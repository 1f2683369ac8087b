import 'server-only';
import { type DraftChangeRefusal, draftChangeRefusal, FORBIDDEN_MESSAGES, type Role } from '@/lib/accounts/roles';
import { assertMayChange, type Principal, principalId, principalRole } from '@/lib/auth';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseTrashedAuthor } from './trash';

const NOT_FOUND = 'This draft does not exist (it may have been deleted).';

const REFUSALS: Record<DraftChangeRefusal, string> = {
  not_theirs: FORBIDDEN_MESSAGES['drafts.edit-any'],
  approving: FORBIDDEN_MESSAGES['drafts.approve'],
  approved: 'This post is approved: only an editor or an admin can change it now.',
};

/**
 * Whether this principal may change this draft (edit, stop, resume, regenerate, delete, restore a revision): its
 * author or an editor; and an approved post, or one being approved, only by those who may approve.
 */
export async function authorizeDraftChange(principal: Principal, id: string, { approving = false } = {}): Promise<void> {
  const row = await db().draft.findUnique({ where: { id }, select: { createdById: true, status: true } });
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const refusal = draftChangeRefusal(principalRole(principal), principalId(principal), row, { approving });
  if (refusal) throw new AppError('forbidden', REFUSALS[refusal]);
}

/** The same rule for a draft in the Trash: its author or an editor may bring it back. */
export async function authorizeTrashRestore(principal: Principal, id: string): Promise<void> {
  const row = await db().trashedDraft.findUnique({ where: { id }, select: { snapshot: true } });
  if (!row) throw new AppError('not_found', 'This draft is not in the Trash (it may have been restored or emptied).');
  assertMayChange(principal, parseTrashedAuthor(row.snapshot));
}

/** For bulk actions: who acts, so each draft is held to draftChangeRefusal. */
export function editorOf(principal: Principal): { role: Role; personId: string | null } {
  return { role: principalRole(principal), personId: principalId(principal) };
}

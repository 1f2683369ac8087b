import 'server-only';
import { FORBIDDEN_MESSAGES, roleMay } from '@/lib/accounts/roles';
import { assertMayChange, type Principal, principalRole } from '@/lib/auth';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseTrashedAuthor } from './trash';

const NOT_FOUND = 'This draft does not exist (it may have been deleted).';

/**
 * Whether this principal may change this draft (edit, stop, resume, regenerate, delete, restore a revision): its
 * author or an editor; and an approved post, or one being approved, only by those who may approve.
 */
export async function authorizeDraftChange(principal: Principal, id: string, { approving = false } = {}): Promise<void> {
  const row = await db().draft.findUnique({ where: { id }, select: { createdById: true, status: true } });
  if (!row) throw new AppError('not_found', NOT_FOUND);
  assertMayChange(principal, row.createdById);
  if ((approving || row.status === 'approved') && !roleMay(principalRole(principal), 'drafts.approve')) {
    throw new AppError(
      'forbidden',
      approving ? FORBIDDEN_MESSAGES['drafts.approve'] : 'This post is approved: only an editor or an admin can change it now.',
    );
  }
}

/** The same rule for a draft in the Trash: its author or an editor may bring it back. */
export async function authorizeTrashRestore(principal: Principal, id: string): Promise<void> {
  const row = await db().trashedDraft.findUnique({ where: { id }, select: { snapshot: true } });
  if (!row) throw new AppError('not_found', 'This draft is not in the Trash (it may have been restored or emptied).');
  assertMayChange(principal, parseTrashedAuthor(row.snapshot));
}

/** For the list and bulk actions: who may change which drafts. */
export function editorOf(principal: Principal): { personId: string | null; editsAny: boolean; approves: boolean } {
  const role = principalRole(principal);
  return {
    personId: principal.kind === 'person' ? principal.person.id : null,
    editsAny: roleMay(role, 'drafts.edit-any'),
    approves: roleMay(role, 'drafts.approve'),
  };
}

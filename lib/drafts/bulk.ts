import 'server-only';
import { type DraftChangeRefusal, draftChangeRefusal, type Role } from '@/lib/accounts/roles';
import { db } from '@/lib/db/client';
import type { Draft as DraftRow } from '@/lib/db/generated/client.ts';
import { missingForApproval } from './approval';
import type { Draft, DraftStatus } from './draft';
import { keepRevision } from './revisions';
import type { BulkAction, BulkActionInput } from './schemas';
import { toDraft } from './serialize';
import { readStringList } from './string-list';
import { moveToTrash } from './trash';

export type BulkFailure = { id: string; message: string };
export type BulkResult = { done: string[]; failed: BulkFailure[] };

const TARGET_STATUS: Record<Exclude<BulkAction, 'delete'>, DraftStatus> = { approve: 'approved', review: 'review', draft: 'draft' };

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

type Candidate = Pick<DraftRow, 'id' | 'status' | 'version' | 'title' | 'metaDescription' | 'categories' | 'content'>;

/** Why `action` cannot be applied to `row`, or null when it can. */
function refusal(row: Candidate, action: BulkAction): string | null {
  if (row.status === 'generating') return 'is still being written; stop it or wait for it to finish';
  if (action !== 'approve') return null;
  const missing = missingForApproval({
    title: row.title,
    metaDescription: row.metaDescription,
    content: row.content,
    categories: readStringList(row.categories),
  });
  return missing.length > 0 ? `needs ${list.format(missing)}` : null;
}

/** Who acts (lib/drafts/access.ts editorOf): a writer's bulk action leaves other people's drafts alone. */
export type BulkActor = { role: Role; personId: string | null };
// The installation (before accounts) may do everything.
const EVERYTHING: BulkActor = { role: 'admin', personId: null };

// Short, for the list of drafts a bulk action left alone. The route refuses a writer's bulk approval as a whole.
const ACTOR_REFUSALS: Record<DraftChangeRefusal, string> = {
  not_theirs: 'written by someone else',
  approved: 'approved: only an editor can change it',
  approving: 'only an editor can approve',
};

function actorRefusal(row: { createdById: string | null; status: string }, actor: BulkActor): string | null {
  const refusal = draftChangeRefusal(actor.role, actor.personId, row);
  return refusal && ACTOR_REFUSALS[refusal];
}

/** Approves, moves or deletes each draft on its own terms: one refusal never stops the others. */
export async function applyBulkAction({ ids, action }: BulkActionInput, actor: BulkActor = EVERYTHING): Promise<BulkResult> {
  const rows = await db().draft.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      createdById: true,
      status: true,
      version: true,
      title: true,
      metaDescription: true,
      categories: true,
      // Only approval reads the body, and only to see that there is one.
      content: action === 'approve',
    },
  });
  const byId = new Map(rows.map((row) => [row.id, { ...row, content: row.content ?? '' }]));
  const done: string[] = [];
  const failed: BulkFailure[] = [];
  const now = new Date();

  await db().$transaction(async (tx) => {
    for (const id of ids) {
      const row = byId.get(id);
      if (!row) {
        failed.push({ id, message: 'no longer exists' });
        continue;
      }
      const refused = actorRefusal(row, actor) ?? refusal(row, action);
      if (refused) {
        failed.push({ id, message: refused });
        continue;
      }
      // The version guard loses to anything that changed the draft since it was read (a resume, an edit).
      const guard = { id, version: row.version };
      let count: number;
      if (action === 'delete') {
        // Only the version that was read goes to the Trash: one changed since then is left for the person to see.
        count = (await tx.draft.count({ where: guard })) === 1 && (await moveToTrash(tx, id)) ? 1 : 0;
      } else {
        const status = TARGET_STATUS[action];
        if (row.status === status) {
          done.push(id);
          continue;
        }
        // The history records the move, as it does for one draft's (see updateDraft).
        const before = await tx.draft.findFirst({ where: guard });
        if (before) await keepRevision(tx, before, 'edit', actor.personId);
        ({ count } = await tx.draft.updateMany({
          where: guard,
          data: {
            status,
            approvedAt: status === 'approved' ? now : null,
            approvedById: status === 'approved' ? actor.personId : null,
            version: { increment: 1 },
          },
        }));
      }
      if (count === 1) done.push(id);
      else failed.push({ id, message: 'changed while this ran; try again' });
    }
  });
  return { done, failed };
}

/** Whole drafts (bodies included) chosen by id, oldest first like the status export; drafts being written are left out. */
export async function listDraftsForExportByIds({ ids, status }: { ids: string[]; status?: DraftStatus }): Promise<Draft[]> {
  const rows = await db().draft.findMany({
    where: { id: { in: ids }, AND: [{ status: { not: 'generating' } }, ...(status ? [{ status }] : [])] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toDraft);
}

import 'server-only';
import { resolveCategories } from '@/lib/categories';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { normaliseTags } from '@/lib/post-format';
import { approvalRefusal, missingForApproval } from './approval';
import { refreshDerivedColumns } from './derived-columns';
import type { Draft, DraftStatus } from './draft';
import { changesContent, keepRevision } from './revisions';
import type { CreateDraftValues, UpdateDraftInput } from './schemas';
import { toDraft } from './serialize';
import { firstFreeSlug, slugify } from './slug';
import { assembledRaw } from './text-log';
import { moveToTrash } from './trash';

export async function uniqueSlug({ text, exceptId }: { text: string; exceptId?: string }): Promise<string> {
  return firstFreeSlug(slugify(text), async (slug) => {
    const owner = await db().draft.findUnique({ where: { slug }, select: { id: true } });
    return owner !== null && owner.id !== exceptId;
  });
}

export async function createDraft({
  input,
  model,
  outline,
  createdById = null,
}: {
  input: CreateDraftValues;
  model: string;
  outline?: string;
  createdById?: string | null;
}): Promise<Draft> {
  const row = await db().draft.create({
    data: {
      createdById,
      topic: input.topic,
      keywords: input.keywords,
      tone: input.tone,
      audience: input.audience,
      length: input.length,
      language: input.language,
      // With an outline to review first, nothing is being written yet.
      status: outline ? 'draft' : 'generating',
      outline: outline ?? '',
      model,
      slug: await uniqueSlug({ text: input.topic }),
    },
  });
  return toDraft(row);
}

export async function getDraft({ id }: { id: string }): Promise<Draft> {
  const row = await db().draft.findUnique({ where: { id } });
  if (!row) throw new AppError('not_found', 'This draft does not exist (it may have been deleted).');
  // While it is written, the text is Draft.raw and then the log of what was appended since.
  return toDraft(row.status === 'generating' ? { ...row, raw: await assembledRaw(db(), row) } : row);
}

/** `by`: the person making the edit (credited in History and as approver), or null for the installation. */
export async function updateDraft({ id, input, by = null }: { id: string; input: UpdateDraftInput; by?: string | null }): Promise<Draft> {
  const { version, tags, categories, status, keepApproved, ...fields } = input;
  const current = await db().draft.findUnique({ where: { id } });
  if (!current) throw new AppError('not_found', 'This draft does not exist (it may have been deleted).');
  if (current.status === 'generating') {
    throw new AppError('invalid_state', 'The post is still being written. Stop the generation or wait for it to finish, then edit.');
  }
  const stored = toDraft(current);
  // In the list's spelling; a category removed from the list after this draft took it stays allowed on this draft.
  const resolved = categories && (await resolveCategories({ names: categories, kept: stored.categories }));
  if (resolved && resolved.unknown.length > 0) {
    throw new AppError('validation_failed', `"${resolved.unknown[0]}" is not one of the categories: pick one from the list.`, {
      unknown: resolved.unknown,
    });
  }
  if (status === 'approved') {
    const missing = missingForApproval({
      title: fields.title ?? stored.title,
      metaDescription: fields.metaDescription ?? stored.metaDescription,
      categories: resolved?.categories ?? stored.categories,
      content: fields.content ?? stored.content,
    });
    if (missing.length > 0) throw new AppError('validation_failed', approvalRefusal(missing), { missing });
  }
  if (fields.slug !== undefined && (await uniqueSlug({ text: fields.slug, exceptId: id })) !== fields.slug) {
    throw new AppError('validation_failed', `The slug "${fields.slug}" is already used by another draft.`);
  }
  const next = {
    ...fields,
    ...(tags ? { tags: normaliseTags(tags) } : {}),
    ...(resolved ? { categories: resolved.categories } : {}),
  };
  const statusChange =
    status === undefined || status === current.status
      ? {}
      : { status, approvedAt: status === 'approved' ? new Date() : null, approvedById: status === 'approved' ? by : null };
  return db().$transaction(async (tx) => {
    const { count } = await tx.draft.updateMany({
      where: { id, version },
      data: {
        ...next,
        ...statusChange,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new AppError(
        'version_conflict',
        'This draft was saved somewhere else after you opened it. Compare both versions and choose one.',
        {
          currentVersion: current.version,
        },
      );
    }
    // A status change is history too (approved → review and back), with or without an edit beside it.
    if (current.version === version && (changesContent(stored, next) || 'status' in statusChange)) {
      await keepRevision(tx, current, 'edit', by);
    } else if (keepApproved && current.status === 'approved' && status === undefined) {
      // The choice is history as well: the entry marks where the person decided the changed post stays approved.
      await keepRevision(tx, current, 'keep_approved', by);
    }
    await refreshDerivedColumns(tx, id);
    return toDraft(await tx.draft.findUniqueOrThrow({ where: { id } }));
  });
}

/**
 * Deletes a draft: into the Trash, restorable for 30 days, when a person deletes it; for good when the app drops
 * one nobody wrote a word of (a batch topic cancelled before it started).
 */
export async function deleteDraft({ id, keepInTrash = true }: { id: string; keepInTrash?: boolean }): Promise<void> {
  const deleted = keepInTrash
    ? await db().$transaction((tx) => moveToTrash(tx, id))
    : (await db().draft.deleteMany({ where: { id } })).count > 0;
  if (!deleted) throw new AppError('not_found', 'This draft does not exist (it may have been deleted).');
}

export async function pingDatabase(): Promise<void> {
  await db().$queryRaw`SELECT 1`;
}

/** Whole drafts (bodies included) for a bulk export, oldest first so file names stay stable. */
export async function listDraftsForExport({ status }: { status?: DraftStatus }): Promise<Draft[]> {
  const rows = await db().draft.findMany({
    where: status ? { status } : { status: { not: 'generating' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toDraft);
}

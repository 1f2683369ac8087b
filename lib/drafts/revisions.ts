import 'server-only';
import { peopleNames } from '@/lib/accounts';
import { db } from '@/lib/db/client';
import type { Draft as DraftRow, Prisma, Revision as RevisionRow } from '@/lib/db/generated/client.ts';
import { lockDraftRow } from '@/lib/db/portable';
import { AppError } from '@/lib/errors';
import { refreshDerivedColumns } from './derived-columns';
import type { Draft, DraftStatus } from './draft';
import { toDraft } from './serialize';
import { readStringList, sameStringList } from './string-list';

export type RevisionReason = 'edit' | 'regenerate' | 'restore' | 'reparse' | 'keep_approved';

const CONTENT_FIELDS = ['title', 'metaDescription', 'slug', 'tags', 'categories', 'content'] as const;

/**
 * The fields a person edits, as they were at one version of the draft, and its status then (null in revisions kept
 * before statuses were recorded).
 */
export type Revision = {
  id: string;
  version: number;
  reason: RevisionReason;
  status: DraftStatus | null;
  createdAt: string;
  /** Who made the change this snapshot was taken before, and their name (kept if they leave the team). */
  authorId: string | null;
  authorName: string | null;
} & Pick<Draft, (typeof CONTENT_FIELDS)[number]>;

type ContentFields = Pick<Draft, (typeof CONTENT_FIELDS)[number]>;

/** Whether writing `next` over `stored` changes what a revision keeps. */
export function changesContent(stored: ContentFields, next: Partial<ContentFields>): boolean {
  return CONTENT_FIELDS.some((field) => {
    const value = next[field];
    if (value === undefined) return false;
    const current = stored[field];
    return Array.isArray(value) && Array.isArray(current) ? !sameStringList(value, current) : value !== current;
  });
}

/** Keeps the draft's fields as they are now, before `reason` replaces them. `by`: who made the change this snapshot is taken before (null: the model, the app, or the installation). */
export async function keepRevision(
  tx: Prisma.TransactionClient,
  row: DraftRow,
  reason: RevisionReason,
  by: string | null = null,
): Promise<void> {
  await tx.revision.create({
    data: {
      draftId: row.id,
      version: row.version,
      reason,
      status: row.status,
      title: row.title,
      metaDescription: row.metaDescription,
      slug: row.slug,
      tags: readStringList(row.tags),
      categories: readStringList(row.categories),
      content: row.content,
      authorId: by,
    },
  });
}

function toRevision(row: RevisionRow, names: Map<string, string>): Revision {
  return {
    id: row.id,
    authorId: row.authorId,
    authorName: row.authorId ? (names.get(row.authorId) ?? null) : null,
    version: row.version,
    reason: row.reason,
    status: row.status,
    title: row.title,
    metaDescription: row.metaDescription,
    slug: row.slug,
    tags: readStringList(row.tags),
    categories: readStringList(row.categories),
    content: row.content,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listRevisions({ draftId }: { draftId: string }): Promise<Revision[]> {
  const rows = await db().revision.findMany({ where: { draftId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 200 });
  const names = await peopleNames(rows.map((row) => row.authorId));
  return rows.map((row) => toRevision(row, names));
}

/** Puts a revision's fields back on the draft; what they replace is kept as a revision in turn. */
export async function restoreRevision({
  draftId,
  revisionId,
  version,
  by = null,
}: {
  draftId: string;
  revisionId: string;
  version: number;
  by?: string | null;
}): Promise<Draft> {
  return db().$transaction(async (tx) => {
    await lockDraftRow(tx, draftId);
    const revision = await tx.revision.findFirst({ where: { id: revisionId, draftId } });
    if (!revision) throw new AppError('not_found', 'This revision does not exist for this draft.');
    const current = await tx.draft.findUnique({ where: { id: draftId } });
    if (!current) throw new AppError('not_found', 'This draft does not exist (it may have been deleted).');
    if (current.status === 'generating') throw new AppError('invalid_state', 'The post is still being written; restore once it is done.');
    if (current.version !== version) {
      throw new AppError('version_conflict', 'The draft changed since you opened it. Reload to see the latest version, then restore.', {
        currentVersion: current.version,
      });
    }
    const slugOwner = await tx.draft.findUnique({ where: { slug: revision.slug }, select: { id: true } });
    await keepRevision(tx, current, 'restore', by);
    const row = await tx.draft.update({
      where: { id: draftId },
      data: {
        title: revision.title,
        metaDescription: revision.metaDescription,
        ...(slugOwner && slugOwner.id !== draftId ? {} : { slug: revision.slug }),
        tags: readStringList(revision.tags),
        categories: readStringList(revision.categories),
        content: revision.content,
        version: { increment: 1 },
      },
    });
    await refreshDerivedColumns(tx, draftId);
    return {
      ...toDraft(row),
      ...(await tx.draft.findUniqueOrThrow({ where: { id: draftId }, select: { wordCount: true, seoScore: true } })),
    };
  });
}

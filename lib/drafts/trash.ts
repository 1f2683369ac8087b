import 'server-only';
import { db } from '@/lib/db/client';
import type { Draft as DraftRow, Prisma, Publication as PublicationRow, Revision as RevisionRow } from '@/lib/db/generated/client.ts';
import { AppError } from '@/lib/errors';
import type { DraftSummary } from './draft';
import { uniqueSlug } from './queries';
import { toDraftSummary } from './serialize';
import { readSnapshotStringList } from './string-list';

export const TRASH_DAYS = 30;
const TRASH_MS = TRASH_DAYS * 24 * 60 * 60_000;

/** A draft in the Trash as the Trash page lists it. */
export type TrashedDraftView = { id: string; title: string; topic: string; slug: string; deletedAt: string; purgeAt: string };

// What the Trash keeps of a draft: its row, its history and where it was published, dates as ISO strings.
type Snapshot = { draft: DraftRow; revisions: RevisionRow[]; publications: PublicationRow[] };

const DRAFT_DATES = ['createdAt', 'updatedAt', 'generatedAt', 'approvedAt'] as const;
const REVISION_DATES = ['createdAt'] as const;
const PUBLICATION_DATES = ['publishedAt', 'updatedAt', 'remoteDate'] as const;

function withDates<T extends object>(row: T, names: readonly string[]): T {
  const copy = { ...row } as Record<string, unknown>;
  for (const name of names) if (typeof copy[name] === 'string') copy[name] = new Date(copy[name] as string);
  return copy as T;
}

/** Who wrote a trashed draft, from its snapshot (none for drafts from before accounts). */
export function parseTrashedAuthor(snapshot: string): string | null {
  const parsed = JSON.parse(snapshot) as Partial<Snapshot>;
  return typeof parsed.draft?.createdById === 'string' ? parsed.draft.createdById : null;
}

/**
 * Moves a draft, its revisions and publications into the Trash in one transaction, and deletes the draft: every
 * other query sees it gone (GET answers 404) while the Trash can give it back for 30 days.
 */
export async function moveToTrash(tx: Prisma.TransactionClient, id: string): Promise<boolean> {
  const row = await tx.draft.findUnique({ where: { id }, include: { revisions: true, publications: true } });
  if (!row) return false;
  const { revisions, publications, ...draft } = row;
  const snapshot: Snapshot = { draft, revisions, publications };
  const kept = { title: draft.title, topic: draft.topic, slug: draft.slug, deletedAt: new Date(), snapshot: JSON.stringify(snapshot) };
  await tx.trashedDraft.upsert({ where: { id }, create: { id, ...kept }, update: kept });
  await tx.draft.delete({ where: { id } });
  return true;
}

/** Deletes for good what has been in the Trash longer than 30 days. */
async function purgeExpired(now = Date.now()): Promise<void> {
  await db().trashedDraft.deleteMany({ where: { deletedAt: { lt: new Date(now - TRASH_MS) } } });
}

export async function listTrash({ now = Date.now() }: { now?: number } = {}): Promise<TrashedDraftView[]> {
  await purgeExpired(now);
  const rows = await db().trashedDraft.findMany({
    orderBy: { deletedAt: 'desc' },
    select: { id: true, title: true, topic: true, slug: true, deletedAt: true },
  });
  return rows.map((row) => ({
    ...row,
    deletedAt: row.deletedAt.toISOString(),
    purgeAt: new Date(row.deletedAt.getTime() + TRASH_MS).toISOString(),
  }));
}

/**
 * Puts a draft back as it was deleted: same id, fields, status, history and publications (on sites still
 * connected). If another draft took its slug meanwhile, it comes back with the next free one and says so.
 */
export async function restoreFromTrash({ id }: { id: string }): Promise<DraftSummary> {
  const trashed = await db().trashedDraft.findUnique({ where: { id } });
  if (!trashed) throw new AppError('not_found', 'This draft is not in the Trash (it may have been restored or deleted for good).');
  const snapshot = JSON.parse(trashed.snapshot) as Snapshot;
  const draft = withDates(snapshot.draft, DRAFT_DATES);
  const slug = await uniqueSlug({ text: draft.slug });
  const warnings = readSnapshotStringList(draft.warnings);
  if (slug !== draft.slug) warnings.push(`Restored from the Trash as "${slug}": another draft now uses "${draft.slug}".`);
  const connections = new Set((await db().publishConnection.findMany({ select: { id: true } })).map((row) => row.id));
  const row = await db().$transaction(async (tx) => {
    const lists = {
      tags: readSnapshotStringList(draft.tags),
      categories: readSnapshotStringList(draft.categories),
      stopReasons: readSnapshotStringList(draft.stopReasons),
    };
    const created = await tx.draft.create({ data: { ...draft, ...lists, slug, warnings } });
    for (const revision of snapshot.revisions) {
      const lists = { tags: readSnapshotStringList(revision.tags), categories: readSnapshotStringList(revision.categories) };
      await tx.revision.create({ data: { ...withDates(revision, REVISION_DATES), ...lists } });
    }
    for (const publication of snapshot.publications.filter((item) => connections.has(item.connectionId))) {
      await tx.publication.create({ data: withDates(publication, PUBLICATION_DATES) });
    }
    await tx.trashedDraft.delete({ where: { id } });
    return created;
  });
  return toDraftSummary(row);
}

/** Deletes one draft from the Trash for good; without an id, empties the Trash. Returns how many were deleted. */
export async function deleteFromTrash({ id }: { id?: string } = {}): Promise<number> {
  const { count } = await db().trashedDraft.deleteMany({ where: id ? { id } : {} });
  if (id && count === 0) throw new AppError('not_found', 'This draft is not in the Trash (it may have been restored or deleted for good).');
  return count;
}

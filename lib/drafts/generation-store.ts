import 'server-only';
import { db } from '@/lib/db/client';
import { lockDraftRow } from '@/lib/db/portable';
import { AppError } from '@/lib/errors';
import type { ParsedPost } from '@/lib/post-format';
import { countWords } from '@/lib/seo';
import { refreshDerivedColumns } from './derived-columns';
import type { Draft, Interruption } from './draft';
import { uniqueSlug } from './queries';
import { keepRevision } from './revisions';
import { toDraft } from './serialize';

function parsedColumns(parsed: ParsedPost) {
  return {
    title: parsed.title,
    metaDescription: parsed.metaDescription,
    tags: JSON.stringify(parsed.tags),
    categories: JSON.stringify(parsed.categories),
    content: parsed.body,
    wordCount: countWords(parsed.body),
    warnings: JSON.stringify(parsed.warnings),
  };
}

/** Saves the text written so far while the model is still writing, so a crash loses at most one interval. */
export async function appendCheckpoint({ id, raw, parsed }: { id: string; raw: string; parsed: ParsedPost }): Promise<void> {
  await db().draft.updateMany({ where: { id, status: 'generating' }, data: { raw, ...parsedColumns(parsed) } });
}

/** Gives a draft whose title just arrived a slug made from that title instead of the topic. */
export async function adoptTitleSlug({ id, title }: { id: string; title: string }): Promise<void> {
  await db().draft.update({ where: { id }, data: { slug: await uniqueSlug({ text: title, exceptId: id }) } });
}

/** How a generation ended: a finished draft, or interrupted with why (a code) and a sentence for the person. */
export type GenerationOutcome = { status: 'draft' } | { status: 'interrupted'; interruption: Interruption; error: string };

export type RoundStats = { inputTokens: number; outputTokens: number; stopReasons: string[]; rounds: number; durationMs: number };

export async function finishGeneration({
  id,
  raw,
  parsed,
  outcome,
  stats,
}: {
  id: string;
  raw: string;
  parsed: ParsedPost;
  outcome: GenerationOutcome;
  stats: RoundStats;
}): Promise<Draft> {
  await db().draft.update({
    where: { id },
    data: {
      raw,
      ...parsedColumns(parsed),
      status: outcome.status,
      error: outcome.status === 'interrupted' ? outcome.error : null,
      interruption: outcome.status === 'interrupted' ? outcome.interruption : null,
      inputTokens: { increment: stats.inputTokens },
      outputTokens: { increment: stats.outputTokens },
      rounds: { increment: stats.rounds },
      generationMs: { increment: stats.durationMs },
      stopReasons: JSON.stringify(stats.stopReasons),
      ...(outcome.status === 'draft' ? { generatedAt: new Date() } : {}),
      version: { increment: 1 },
    },
  });
  await refreshDerivedColumns(db(), id);
  return toDraft(await db().draft.findUniqueOrThrow({ where: { id } }));
}

/** Moves an interrupted draft back to generating; null when it is not interrupted (already resumed, finished…). */
export async function claimForResume({ id, model }: { id: string; model: string }): Promise<Draft | null> {
  const { count } = await db().draft.updateMany({
    where: { id, status: 'interrupted' },
    data: { status: 'generating', error: null, interruption: null, model, version: { increment: 1 } },
  });
  if (count === 0) return null;
  const row = await db().draft.findUniqueOrThrow({ where: { id } });
  return toDraft(row);
}

export const RESTART_MESSAGE = 'The server stopped while this post was being written. The text so far is kept: press Resume to finish it.';

/** On boot no generation runs yet, so every draft still marked generating was cut off by a restart. */
export async function interruptOrphanedGenerations(): Promise<number> {
  const { count } = await db().draft.updateMany({
    where: { status: 'generating' },
    data: { status: 'interrupted', error: RESTART_MESSAGE, interruption: 'server_stopped', version: { increment: 1 } },
  });
  return count;
}

/**
 * Starts a draft over: its current fields are kept as a revision, the text is emptied and the draft is
 * marked generating. The slug stays, so links to an exported post keep working.
 */
export async function claimForRegenerate({ id, version, model }: { id: string; version: number; model: string }): Promise<Draft> {
  return db().$transaction(async (tx) => {
    await lockDraftRow(tx, id);
    const row = await tx.draft.findUnique({ where: { id } });
    if (!row) throw new AppError('not_found', 'This draft does not exist (it may have been deleted).');
    if (row.status === 'generating') throw new AppError('invalid_state', 'The post is already being written.');
    if (row.version !== version) throw new AppError('version_conflict', 'The draft changed since you opened it. Reload, then regenerate.');
    // A draft that only has an outline has nothing to keep yet.
    if (row.raw || row.content) await keepRevision(tx, row, 'regenerate');
    const updated = await tx.draft.update({
      where: { id },
      data: {
        status: 'generating',
        raw: '',
        ...parsedColumns({ title: '', metaDescription: '', tags: [], categories: [], body: '', warnings: [], ended: false }),
        error: null,
        interruption: null,
        model,
        approvedAt: null,
        stopReasons: '[]',
        version: { increment: 1 },
      },
    });
    await refreshDerivedColumns(tx, id);
    return { ...toDraft(updated), ...(await tx.draft.findUniqueOrThrow({ where: { id }, select: { wordCount: true, seoScore: true } })) };
  });
}

/** Replaces the generated metadata, keeping what it replaces as a revision. */
export async function replaceMetadata({
  id,
  version,
  parsed,
}: {
  id: string;
  version: number;
  parsed: Pick<ParsedPost, 'title' | 'metaDescription' | 'tags' | 'categories'>;
}): Promise<Draft> {
  return db().$transaction(async (tx) => {
    await lockDraftRow(tx, id);
    const row = await tx.draft.findUnique({ where: { id } });
    if (!row) throw new AppError('not_found', 'This draft does not exist (it may have been deleted).');
    if (row.version !== version)
      throw new AppError('version_conflict', 'The draft changed while new metadata was written. Reload, then try again.');
    await keepRevision(tx, row, 'regenerate');
    const updated = await tx.draft.update({
      where: { id },
      data: {
        title: parsed.title || row.title,
        metaDescription: parsed.metaDescription || row.metaDescription,
        tags: parsed.tags.length > 0 ? JSON.stringify(parsed.tags) : row.tags,
        categories: parsed.categories.length > 0 ? JSON.stringify(parsed.categories) : row.categories,
        version: { increment: 1 },
      },
    });
    await refreshDerivedColumns(tx, id);
    return { ...toDraft(updated), ...(await tx.draft.findUniqueOrThrow({ where: { id }, select: { wordCount: true, seoScore: true } })) };
  });
}

/** Stores the outline the person edited, before the post is written from it. */
export async function saveOutline({ id, version, outline }: { id: string; version: number; outline: string }): Promise<number> {
  const { count } = await db().draft.updateMany({
    where: { id, version, status: { not: 'generating' } },
    data: { outline, version: { increment: 1 } },
  });
  if (count === 0)
    throw new AppError('version_conflict', 'The draft changed since you opened it (or is being written). Reload, then try again.');
  return version + 1;
}

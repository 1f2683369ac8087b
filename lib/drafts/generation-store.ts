import 'server-only';
import { db } from '@/lib/db/client';
import { databaseProvider } from '@/lib/db/location';
import { lockDraftRow } from '@/lib/db/portable';
import { AppError } from '@/lib/errors';
import type { ParsedPost } from '@/lib/post-format';
import { countWords } from '@/lib/seo';
import { derivedColumns, refreshDerivedColumns } from './derived-columns';
import type { Draft, Interruption } from './draft';
import { holdsLease } from './leases';
import { uniqueSlug } from './queries';
import { keepRevision } from './revisions';
import { toDraft } from './serialize';
import { readStringList } from './string-list';
import { appendText, clearTextLog } from './text-log';

/** The parsed fields as columns; the word count and score follow from them (derived-columns.ts), counted once. */
function parsedColumns(parsed: ParsedPost) {
  return {
    title: parsed.title,
    metaDescription: parsed.metaDescription,
    tags: parsed.tags,
    categories: parsed.categories,
    content: parsed.body,
    warnings: parsed.warnings,
  };
}

/**
 * A checkpoint while the model is still writing: the text written since the last one goes to the log. False when
 * `owner` lost the generation's lease: nothing was saved.
 */
export async function appendCheckpoint({
  id,
  owner,
  offset,
  text,
}: {
  id: string;
  owner: string;
  offset: number;
  text: string;
}): Promise<boolean> {
  return appendText({ draftId: id, owner, offset, text });
}

/**
 * Saves the fields lists show while the model is still writing: all small, so their cost does not grow with the
 * post (the body is parsed and saved once, at the end).
 */
export async function saveListedFields({ id, owner, parsed }: { id: string; owner: string; parsed: ParsedPost }): Promise<void> {
  await db().draft.updateMany({
    where: { id, status: 'generating', lease: { is: { owner } } },
    data: {
      title: parsed.title,
      metaDescription: parsed.metaDescription,
      tags: parsed.tags,
      categories: parsed.categories,
      wordCount: countWords(parsed.body),
    },
  });
}

/** Gives a draft whose title just arrived a slug made from that title instead of the topic. */
export async function adoptTitleSlug({ id, title }: { id: string; title: string }): Promise<void> {
  await db().draft.update({ where: { id }, data: { slug: await uniqueSlug({ text: title, exceptId: id }) } });
}

/** How a generation ended: a finished draft, or interrupted with why (a code) and a sentence for the person. */
export type GenerationOutcome = { status: 'draft' } | { status: 'interrupted'; interruption: Interruption; error: string };

export type RoundStats = {
  inputTokens: number;
  outputTokens: number;
  stopReasons: string[];
  rounds: number;
  durationMs: number;
  /** Some round's usage was estimated (see Draft.tokensEstimated). */
  tokensEstimated: boolean;
};

/**
 * Ends a generation: the whole text is folded into Draft.raw (the log is emptied), the parsed fields and the
 * outcome are saved and the lease is let go, in one transaction. Null when `owner` no longer holds the lease
 * (another instance took the generation over, or the draft was deleted): then nothing is written.
 */
export async function finishGeneration({
  id,
  owner,
  raw,
  parsed,
  outcome,
  stats,
}: {
  id: string;
  owner: string;
  raw: string;
  parsed: ParsedPost;
  outcome: GenerationOutcome;
  stats: RoundStats;
}): Promise<Draft | null> {
  const postgres = databaseProvider() === 'postgresql';
  return db().$transaction(async (tx) => {
    if (!(await holdsLease(tx, id, owner, postgres))) return null;
    const updated = await tx.draft.update({
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
        ...(stats.tokensEstimated ? { tokensEstimated: true } : {}),
        generationMs: { increment: stats.durationMs },
        stopReasons: stats.stopReasons,
        ...(outcome.status === 'draft' ? { generatedAt: new Date() } : {}),
        version: { increment: 1 },
      },
    });
    await clearTextLog(tx, id);
    await tx.generationLease.delete({ where: { draftId: id } });
    // The rows updates return are used as they are: twenty posts finishing together cost no extra reads.
    return toDraft(await tx.draft.update({ where: { id }, data: await derivedColumns(tx, updated) }));
  });
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
    await clearTextLog(tx, id);
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
        stopReasons: [],
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
        tags: parsed.tags.length > 0 ? parsed.tags : readStringList(row.tags),
        categories: parsed.categories.length > 0 ? parsed.categories : readStringList(row.categories),
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

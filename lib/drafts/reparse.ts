import 'server-only';
import { listCategories } from '@/lib/categories';
import { db } from '@/lib/db/client';
import { lockDraftRow } from '@/lib/db/portable';
import { AppError } from '@/lib/errors';
import { parsePost } from '@/lib/post-format';
import { refreshDerivedColumns } from './derived-columns';
import type { Draft } from './draft';
import { keepRevision } from './revisions';
import { toDraft } from './serialize';

/**
 * Parses the stored raw model text again (after a parser fix, or to undo edits to the generated fields):
 * title, meta description, tags, categories, body and warnings are replaced; the raw text is untouched.
 */
export async function reparseDraft({ id, version }: { id: string; version: number }): Promise<Draft> {
  return db().$transaction(async (tx) => {
    await lockDraftRow(tx, id);
    const row = await tx.draft.findUnique({ where: { id } });
    if (!row) throw new AppError('not_found', 'This draft does not exist (it may have been deleted).');
    if (row.status === 'generating') throw new AppError('invalid_state', 'The post is still being written; re-parse it once it is done.');
    if (row.version !== version)
      throw new AppError('version_conflict', 'The draft changed since you opened it. Reload, then re-parse again.');
    const parsed = parsePost(row.raw, { categories: await listCategories({ client: tx }) });
    await keepRevision(tx, row, 'reparse');
    const updated = await tx.draft.update({
      where: { id },
      data: {
        title: parsed.title,
        metaDescription: parsed.metaDescription,
        tags: parsed.tags,
        categories: parsed.categories,
        content: parsed.body,
        warnings: parsed.warnings,
        version: { increment: 1 },
      },
    });
    await refreshDerivedColumns(tx, id);
    return { ...toDraft(updated), ...(await tx.draft.findUniqueOrThrow({ where: { id }, select: { wordCount: true, seoScore: true } })) };
  });
}

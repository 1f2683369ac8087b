import 'server-only';
import { listCategories } from '@/lib/categories';
import type { Prisma, PrismaClient } from '@/lib/db/generated/client.ts';
import { scoreDraft } from '@/lib/seo';
import { readStringList } from './string-list';

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Recomputes what the list shows without loading bodies (word count, SEO score) after a write that may
 * have changed the body or metadata. It does not bump the version: nothing a person edits changed.
 */
export async function refreshDerivedColumns(client: Client, id: string): Promise<void> {
  const row = await client.draft.findUnique({
    where: { id },
    select: { title: true, metaDescription: true, slug: true, content: true, tags: true, categories: true, keywords: true, length: true },
  });
  if (!row) return;
  const report = scoreDraft({
    ...row,
    tags: readStringList(row.tags),
    categories: readStringList(row.categories),
    length: row.length,
    categoryList: await listCategories({ client }),
  });
  await client.draft.update({ where: { id }, data: { wordCount: report.stats.words, seoScore: report.score } });
}

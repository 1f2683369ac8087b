import 'server-only';
import { listCategories } from '@/lib/categories';
import type { Prisma, PrismaClient } from '@/lib/db/generated/client.ts';
import { scoreDraft } from '@/lib/seo';
import { readStringList } from './string-list';

type Client = PrismaClient | Prisma.TransactionClient;

type ScoredFields = {
  title: string;
  metaDescription: string;
  slug: string;
  content: string;
  tags: Prisma.JsonValue;
  categories: Prisma.JsonValue;
  keywords: string;
  length: Parameters<typeof scoreDraft>[0]['length'];
};

/** What the list shows without loading bodies (word count, SEO score), for a draft row in hand. */
export async function derivedColumns(client: Client, row: ScoredFields): Promise<{ wordCount: number; seoScore: number }> {
  const report = scoreDraft({
    ...row,
    tags: readStringList(row.tags),
    categories: readStringList(row.categories),
    categoryList: await listCategories({ client }),
  });
  return { wordCount: report.stats.words, seoScore: report.score };
}

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
  await client.draft.update({ where: { id }, data: await derivedColumns(client, row) });
}

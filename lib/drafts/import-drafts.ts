import 'server-only';
import { db } from '@/lib/db/client';
import type { ImportedDraft } from '@/lib/import';
import { missingForApproval } from './approval';
import { refreshDerivedColumns } from './derived-columns';
import type { DraftSummary } from './draft';
import { uniqueSlug } from './queries';
import { toDraftSummary } from './serialize';

const LIMITS = { title: 300, metaDescription: 500, tags: 30, tagLength: 60, categories: 10, topic: 500 } as const;

/**
 * Stores imported files as drafts, clipped to the editor's limits; an "approved" file that lacks what
 * approval needs comes in as "review" with a warning, so approval keeps meaning the same everywhere.
 */
export async function createImportedDrafts(drafts: ImportedDraft[]): Promise<DraftSummary[]> {
  const created: DraftSummary[] = [];
  for (const imported of drafts) {
    const warnings = imported.unknownCategories.map((name) => `Category "${name}" is not in the list and was dropped on import.`);
    const title = imported.title.slice(0, LIMITS.title);
    const categories = imported.categories.slice(0, LIMITS.categories);
    const fields = {
      title,
      metaDescription: imported.metaDescription.slice(0, LIMITS.metaDescription),
      categories,
      content: imported.content,
    };
    let status = imported.status;
    if (status === 'approved' && missingForApproval(fields).length > 0) {
      status = 'review';
      warnings.push(`Imported as "review": it needs ${missingForApproval(fields).join(', ')} before approval.`);
    }
    const row = await db().draft.create({
      data: {
        topic: (imported.topic || title || imported.sourceName).slice(0, LIMITS.topic),
        status,
        title,
        metaDescription: fields.metaDescription,
        slug: await uniqueSlug({ text: imported.slug || title || imported.sourceName }),
        tags: JSON.stringify(imported.tags.slice(0, LIMITS.tags).map((tag) => tag.slice(0, LIMITS.tagLength))),
        categories: JSON.stringify(categories),
        warnings: JSON.stringify(warnings),
        content: imported.content,
        ...(status === 'approved' ? { approvedAt: new Date() } : {}),
        ...(imported.createdAt ? { createdAt: new Date(imported.createdAt) } : {}),
      },
    });
    await refreshDerivedColumns(db(), row.id);
    created.push(toDraftSummary(await db().draft.findUniqueOrThrow({ where: { id: row.id } })));
  }
  return created;
}

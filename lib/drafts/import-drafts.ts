import 'server-only';
import { listCategories } from '@/lib/categories';
import { db } from '@/lib/db/client';
import type { ImportedDraft } from '@/lib/import';
import { normaliseCategories } from '@/lib/post-format';
import { missingForApproval } from './approval';
import { MAX_META_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH } from './codes';
import { refreshDerivedColumns } from './derived-columns';
import type { DraftSummary } from './draft';
import { uniqueSlug, updateDraft } from './queries';
import type { UpdateDraftInput } from './schemas';
import { toDraftSummary } from './serialize';

/**
 * What to do with a file that matches a draft already here (the same slug, or the same title and body): ask the
 * person first (nothing is written for it), update that draft, skip the file, or import it as a copy.
 */
export const EXISTING_CHOICES = ['ask', 'update', 'skip', 'copy'] as const;
export type ExistingChoice = (typeof EXISTING_CHOICES)[number];

/** A file that matches a draft already here, reported when the choice is `ask`. */
export type ImportMatch = { sourceName: string; draft: Pick<DraftSummary, 'id' | 'title' | 'slug' | 'status'> };

export type ImportOutcome = { created: DraftSummary[]; updated: DraftSummary[]; skipped: ImportMatch[]; matches: ImportMatch[] };

// A re-import: the slug it names is taken, or a draft has its title and body. Found before anything is written.
async function existingDraftFor(imported: ImportedDraft) {
  const select = { id: true, title: true, slug: true, status: true, version: true } as const;
  if (imported.slug) {
    const bySlug = await db().draft.findUnique({ where: { slug: imported.slug }, select });
    if (bySlug) return bySlug;
  }
  if (!imported.title) return null;
  return db().draft.findFirst({ where: { title: imported.title, content: imported.content }, select });
}

// The editor's limits (codes.ts), so an imported draft can be saved as it comes in.
const LIMITS = {
  title: MAX_TITLE_LENGTH,
  metaDescription: MAX_META_LENGTH,
  tags: MAX_TAGS,
  tagLength: MAX_TAG_LENGTH,
  categories: 10,
  topic: 500,
} as const;

// Files are read against the fixed list (lib/import needs no database): names an admin added are found here.
function withAddedCategories(imported: ImportedDraft, list: readonly string[]): ImportedDraft {
  if (imported.unknownCategories.length === 0) return imported;
  const { categories, unknown } = normaliseCategories(imported.unknownCategories, list);
  return { ...imported, categories: [...imported.categories, ...categories], unknownCategories: unknown };
}

/**
 * Stores imported files as drafts, clipped to the editor's limits; an "approved" file that lacks what
 * approval needs comes in as "review" with a warning, so approval keeps meaning the same everywhere.
 */
export async function createImportedDrafts(
  drafts: ImportedDraft[],
  existing: ExistingChoice = 'ask',
  /** Who imports: the new drafts are theirs, and they approve what arrives approved. */
  by: string | null = null,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { created: [], updated: [], skipped: [], matches: [] };
  const list = await listCategories();
  for (const file of drafts) {
    const imported = withAddedCategories(file, list);
    const match = existing === 'copy' ? null : await existingDraftFor(imported);
    if (match) {
      const found = {
        sourceName: imported.sourceName,
        draft: { id: match.id, title: match.title, slug: match.slug, status: match.status },
      };
      if (existing === 'ask') outcome.matches.push(found);
      else if (existing === 'skip') outcome.skipped.push(found);
      else outcome.updated.push(await updateFromFile(match, imported, by));
      continue;
    }
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
        tags: imported.tags.slice(0, LIMITS.tags).map((tag) => tag.slice(0, LIMITS.tagLength)),
        categories,
        warnings,
        content: imported.content,
        createdById: by,
        ...(status === 'approved' ? { approvedAt: new Date(), approvedById: by } : {}),
        ...(imported.createdAt ? { createdAt: new Date(imported.createdAt) } : {}),
      },
    });
    await refreshDerivedColumns(db(), row.id);
    outcome.created.push(toDraftSummary(await db().draft.findUniqueOrThrow({ where: { id: row.id } })));
  }
  return outcome;
}

/**
 * A re-imported file's fields over the draft it matches, as an edit: what they replace is kept in History, and the
 * draft keeps its slug, its status and its place in the workflow.
 */
async function updateFromFile(match: { id: string; version: number }, imported: ImportedDraft, by: string | null): Promise<DraftSummary> {
  await updateDraft({
    id: match.id,
    by,
    input: {
      version: match.version,
      title: imported.title.slice(0, LIMITS.title),
      metaDescription: imported.metaDescription.slice(0, LIMITS.metaDescription),
      tags: imported.tags.slice(0, LIMITS.tags).map((tag) => tag.slice(0, LIMITS.tagLength)),
      categories: imported.categories.slice(0, LIMITS.categories) as UpdateDraftInput['categories'],
      content: imported.content,
    },
  });
  return toDraftSummary(await db().draft.findUniqueOrThrow({ where: { id: match.id } }));
}

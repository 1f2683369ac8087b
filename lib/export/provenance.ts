import type { Draft } from '@/lib/drafts/draft';
import type { FrontMatter } from './front-matter-yaml';
import { toValidDate } from './post-facts';

/** Where a post came from, under its own keys in every preset; a missing fact leaves its key out. */
export function provenanceFields(
  draft: Draft,
  approvedAt: string | Date | null | undefined,
  people: { writtenBy?: string | undefined; approvedBy?: string | undefined } = {},
): FrontMatter {
  return {
    model: draft.generation.model.trim() || undefined,
    generated_at: toValidDate(draft.generation.generatedAt) ?? undefined,
    written_by: people.writtenBy,
    approved_at: toValidDate(approvedAt) ?? undefined,
    approved_by: approvedAt ? people.approvedBy : undefined,
  };
}

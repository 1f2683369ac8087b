import type { Draft } from '@/lib/drafts/draft';
import type { FrontMatter } from './front-matter-yaml';
import { toValidDate } from './post-facts';

/** Where a post came from, under its own keys in every preset; a missing fact leaves its key out. */
export function provenanceFields(draft: Draft, approvedAt: string | Date | null | undefined): FrontMatter {
  return {
    model: draft.generation.model.trim() || undefined,
    generated_at: toValidDate(draft.generation.generatedAt) ?? undefined,
    approved_at: toValidDate(approvedAt) ?? undefined,
  };
}

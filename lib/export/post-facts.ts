import type { Draft, DraftStatus } from '@/lib/drafts/draft';

/** What every preset draws on, read once from a draft: trimmed texts, real dates, clean lists. */
export type PostFacts = {
  title: string;
  description: string | undefined;
  slug: string | undefined;
  createdAt: Date;
  updatedAt: Date;
  tags: string[];
  categories: string[];
  status: DraftStatus;
  isPublished: boolean;
};

/** A Date for a stored timestamp, or null when there is none or it does not parse. */
export function toValidDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function cleanList(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function nonEmpty(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `now` stands in for a timestamp the draft does not have, so an export never fails on a bad date. */
export function postFacts(draft: Draft, now: Date): PostFacts {
  return {
    title: nonEmpty(draft.title) ?? draft.topic.trim(),
    description: nonEmpty(draft.metaDescription),
    slug: nonEmpty(draft.slug),
    createdAt: toValidDate(draft.createdAt) ?? now,
    updatedAt: toValidDate(draft.updatedAt) ?? toValidDate(draft.createdAt) ?? now,
    tags: cleanList(draft.tags),
    categories: cleanList(draft.categories),
    status: draft.status,
    isPublished: draft.status === 'approved',
  };
}

import type { Draft, DraftStatus } from '@/lib/drafts/draft';
import { parseFocusKeywords } from '@/lib/seo/focus-keywords';

/** What every preset draws on, read once from a draft: trimmed texts, real dates, clean lists. */
export type PostFacts = {
  title: string;
  description: string | undefined;
  slug: string | undefined;
  createdAt: Date;
  updatedAt: Date;
  /** When the draft was approved; null when it is not approved or the date is unknown. */
  publishedAt: Date | null;
  tags: string[];
  categories: string[];
  /** The focus keywords as typed, blanks and repeats dropped. */
  keywords: string[];
  status: DraftStatus;
  isPublished: boolean;
};

// Approving a draft saves it, so its updatedAt lands a moment after approvedAt: only a later save is an update.
const UPDATE_AFTER_PUBLISHING_MS = 60_000;

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

/** The last change when the post was edited after it was published; undefined otherwise. */
export function updatedAfterPublishing(facts: PostFacts): Date | undefined {
  if (!facts.isPublished || facts.publishedAt === null) return undefined;
  return facts.updatedAt.getTime() - facts.publishedAt.getTime() > UPDATE_AFTER_PUBLISHING_MS ? facts.updatedAt : undefined;
}

/** `now` stands in for a timestamp the draft does not have, so an export never fails on a bad date. */
export function postFacts(draft: Draft, now: Date, approvedAt: string | Date | null | undefined = draft.approvedAt): PostFacts {
  const isPublished = draft.status === 'approved';
  return {
    title: nonEmpty(draft.title) ?? draft.topic.trim(),
    description: nonEmpty(draft.metaDescription),
    slug: nonEmpty(draft.slug),
    createdAt: toValidDate(draft.createdAt) ?? now,
    updatedAt: toValidDate(draft.updatedAt) ?? toValidDate(draft.createdAt) ?? now,
    publishedAt: isPublished ? toValidDate(approvedAt) : null,
    tags: cleanList(draft.tags),
    categories: cleanList(draft.categories),
    keywords: parseFocusKeywords(draft.keywords).map((keyword) => keyword.text),
    status: draft.status,
    isPublished,
  };
}

import type { Draft } from './draft';

export type ApprovalFields = Pick<Draft, 'title' | 'metaDescription' | 'categories' | 'content'>;

/** What a draft still lacks before it can be approved, in words for a person; empty when it is ready. */
export function missingForApproval(draft: ApprovalFields): string[] {
  const missing: string[] = [];
  if (!draft.title.trim()) missing.push('a title');
  if (!draft.metaDescription.trim()) missing.push('a meta description');
  if (draft.categories.length === 0) missing.push('at least one category');
  if (!draft.content.trim()) missing.push('a body');
  return missing;
}

export function approvalRefusal(missing: string[]): string {
  return `This draft cannot be approved yet: it needs ${missing.join(', ')}.`;
}

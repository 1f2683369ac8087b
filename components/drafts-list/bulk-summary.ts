import type { BulkResult } from '@/lib/drafts';
import type { BulkAction } from '@/lib/drafts/schemas';

const DONE: Record<BulkAction, string> = {
  approve: 'approved',
  review: 'moved to review',
  draft: 'moved back to draft',
  delete: 'deleted',
};

const drafts = (count: number) => (count === 1 ? '1 draft' : `${count} drafts`);

/** "3 approved; 1 could not be approved: needs a meta description", naming drafts when the reasons differ. */
export function summarizeBulkResult(action: BulkAction, result: BulkResult, titles: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  if (result.done.length > 0 || result.failed.length === 0) parts.push(`${drafts(result.done.length)} ${DONE[action]}`);
  if (result.failed.length > 0) {
    const reasons = new Set(result.failed.map((failure) => failure.message));
    const why =
      reasons.size === 1
        ? [...reasons].join('')
        : result.failed.map((failure) => `“${titles[failure.id] ?? failure.id}” ${failure.message}`).join('; ');
    parts.push(`${result.failed.length} could not be ${DONE[action]}: ${why}`);
  }
  return `${parts.join('; ')}.`;
}

import type { CheckStatus, SeoCheck } from './types';

/**
 * What each check is worth. Placement and hygiene matter less than a title that gets cut, a post far off its
 * length or copy-pasted paragraphs, which readers and search engines notice first.
 */
export const CHECK_WEIGHTS = {
  'title-length': 3,
  'meta-description-length': 2,
  'keyword-in-title': 3,
  'keyword-in-meta-description': 1,
  'keyword-in-slug': 1,
  'keyword-in-first-paragraph': 2,
  'keyword-in-subheading': 1,
  'keyword-density': 2,
  'heading-start': 2,
  'heading-levels': 1,
  'empty-sections': 1,
  'word-count': 3,
  'flesch-reading-ease': 2,
  'sentence-length': 1,
  'paragraph-length': 1,
  'passive-voice': 1,
  'link-count': 1,
  'link-anchors': 1,
  'link-urls': 2,
  categories: 1,
  'tag-count': 1,
  'tag-duplicates': 1,
  'duplicate-sentences': 2,
  'duplicate-paragraphs': 3,
} as const;

export type CheckId = keyof typeof CHECK_WEIGHTS;

const WEIGHTS_BY_ID: Readonly<Record<string, number>> = CHECK_WEIGHTS;

// A warning earns half a check's weight, in integer halves so that only a report with every check passed reaches 100.
const HALVES: Record<CheckStatus, number> = { pass: 2, warn: 1, fail: 0 };

/** The weighted share of points earned, 0–100, rounded down; 0 when there is no check. */
export function scoreChecks(checks: readonly SeoCheck[]): number {
  let earned = 0;
  let possible = 0;
  for (const check of checks) {
    const weight = WEIGHTS_BY_ID[check.id] ?? 1;
    earned += weight * HALVES[check.status];
    possible += weight * 2;
  }
  return possible === 0 ? 0 : Math.floor((100 * earned) / possible);
}

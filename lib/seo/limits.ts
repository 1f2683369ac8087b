import type { CheckStatus, SeoInput } from './types';

/** `min`–`max` passes, below `failBelow` or above `failAbove` fails, anything between is a warning. */
export type LengthLimit = { min: number; max: number; failBelow: number; failAbove: number };

/**
 * The one table of SEO lengths: the generation prompt asks for them, the checks pass within them and the editor's
 * counters show them as good. Title and meta description in characters, the body in words.
 */
export const SEO_LIMITS = {
  title: { min: 50, max: 60, failBelow: 15, failAbove: 70 },
  // The width desktop search results give a title (Arial, 20 px) before cutting it, however few its characters.
  titlePixels: { max: 600, failAbove: 680 },
  metaDescription: { min: 120, max: 160, failBelow: 70, failAbove: 200 },
  tags: { min: 3, max: 10, failAbove: 15 },
  categories: { min: 1, max: 3 },
  words: {
    short: { min: 1500, max: 2500 },
    standard: { min: 3000, max: 4500 },
    long: { min: 4500, max: 6000 },
  } satisfies Record<SeoInput['length'], { min: number; max: number }>,
} as const;

export function lengthStatus(length: number, limit: LengthLimit): CheckStatus {
  if (length < limit.failBelow || length > limit.failAbove) return 'fail';
  return length < limit.min || length > limit.max ? 'warn' : 'pass';
}

/** Characters as people count them: code points of the trimmed text, so an emoji is one. */
export function countCharacters(text: string): number {
  return [...text.trim()].length;
}
